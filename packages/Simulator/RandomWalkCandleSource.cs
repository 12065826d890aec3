using Trader.Domain;

namespace Trader.Simulator;

/// <summary>
/// An endless seeded random walk: candles from <c>historyStartMs</c> on, generated lazily as the clock passes
/// their close, so history exists before the start and new candles form as the simulation runs.
/// </summary>
public sealed class RandomWalkCandleSource : ICandleSource
{
    private readonly RandomWalk _walk;
    private Candle[] _candles = new Candle[1024];
    private int _count;
    private readonly object _gate = new();
    private Candle _next;

    /// <param name="seed">Seed; equal seeds give equal candles.</param>
    /// <param name="timeframe">Period of the generated candles.</param>
    /// <param name="historyStartMs">Open time of the first candle, Unix ms UTC (floored to the timeframe).</param>
    /// <param name="startPrice">Open of the first candle, quote per base.</param>
    public RandomWalkCandleSource(int seed, Timeframe timeframe, long historyStartMs, double startPrice)
    {
        _walk = new RandomWalk(seed, timeframe, historyStartMs, startPrice);
        _next = _walk.Next();
        Timeframe = timeframe;
        First = _next;
    }

    /// <inheritdoc />
    public Timeframe Timeframe { get; }

    /// <inheritdoc />
    public Candle? First { get; }

    /// <inheritdoc />
    public IReadOnlyList<Candle> ClosedAt(long nowMs)
    {
        lock (_gate)
        {
            while (Timeframe.CloseTimeMs(_next.OpenTimeMs) <= nowMs)
            {
                if (_count == _candles.Length) Array.Resize(ref _candles, _count * 2);
                _candles[_count++] = _next;
                _next = _walk.Next();
            }
            // Candles never change once generated, so a view over the current buffer stays valid after it grows.
            int closed = _count;
            while (closed > 0 && Timeframe.CloseTimeMs(_candles[closed - 1].OpenTimeMs) > nowMs) closed--;
            return new ArraySegment<Candle>(_candles, 0, closed);
        }
    }
}
