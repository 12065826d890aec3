using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>
/// A read that runs ahead of its consumer: the producer fills chunks from a small pool on its own thread while the
/// consumer works through the ones already filled; a chunk handed out is the consumer's until it asks for the next, and
/// then goes back to the pool. Memory is the pool's (<see cref="Count"/> x <see cref="Size"/> candles, 4.5 MB) whatever
/// the number of candles read.
/// </summary>
internal sealed class CandleChunks
{
    /// <summary>Candles per chunk: small enough that the consumer starts soon after the first rows.</summary>
    public const int Size = 16_384;

    /// <summary>Chunks in the pool: enough that neither side waits on the other for long.</summary>
    public const int Count = 6;

    private readonly Channel<Candle[]> _free = Channel.CreateBounded<Candle[]>(Count);
    private readonly Channel<(Candle[] Chunk, int Length)> _filled = Channel.CreateBounded<(Candle[], int)>(Count);
    private readonly CancellationToken _ct;

    private CandleChunks(CancellationToken ct)
    {
        _ct = ct;
        for (int i = 0; i < Count; i++) _free.Writer.TryWrite(GC.AllocateUninitializedArray<Candle>(Size));
    }

    /// <summary>
    /// Runs <paramref name="produce"/> on another thread and yields the chunks it fills, in order. The producer's
    /// exception (after the chunks it delivered) ends the enumeration; a consumer that stops early cancels the producer.
    /// </summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<Candle>> ReadAsync(Func<CandleChunks, Task> produce, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var chunks = new CandleChunks(stop.Token);
        var producing = Task.Run(async () =>
        {
            try
            {
                await produce(chunks).ConfigureAwait(false);
                chunks._filled.Writer.TryComplete();
            }
            catch (Exception e)
            {
                chunks._filled.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            Candle[]? lent = null;
            await foreach (var (chunk, length) in chunks._filled.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (lent is not null) chunks._free.Writer.TryWrite(lent);
                lent = chunk;
                yield return chunk.AsMemory(0, length);
            }
        }
        finally
        {
            stop.Cancel();
            await producing.ConfigureAwait(false);
        }
    }

    /// <summary>An empty chunk to fill, waiting (on the producer's thread) until the consumer gives one back.</summary>
    /// <exception cref="OperationCanceledException">The consumer stopped.</exception>
    public Candle[] Take()
    {
        _ct.ThrowIfCancellationRequested();
        Candle[]? chunk;
        while (!_free.Reader.TryRead(out chunk))
        {
            _free.Reader.WaitToReadAsync(_ct).AsTask().GetAwaiter().GetResult();
        }
        return chunk;
    }

    /// <summary>Hands the first <paramref name="count"/> candles of <paramref name="chunk"/> (from <see cref="Take"/>) to the consumer.</summary>
    public void Deliver(Candle[] chunk, int count)
    {
        // Never full: at most Count chunks exist, and each is either free, filled or lent.
        if (count > 0) _filled.Writer.TryWrite((chunk, count));
        else Release(chunk);
    }

    /// <summary>Gives back a chunk from <see cref="Take"/> without delivering it (the read failed and starts over).</summary>
    public void Release(Candle[] chunk) => _free.Writer.TryWrite(chunk);
}
