using System.Runtime.InteropServices;
using Trader.Execution.Engine;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;
using Trader.Domain;

namespace Trader.Execution.Backtesting;

/// <summary>
/// Replays candles through the same <see cref="TradingEngine"/> the trader runs, built by the same
/// <see cref="EngineBuilder"/>, with an in-memory journal, then closes what is still open at the last close and
/// computes the metrics.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Candles between two progress reports.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Runs the engine <paramref name="engine"/> builds over <paramref name="candles"/> (in time order, at least one).</summary>
    /// <param name="engine">Strategy and its warm-up, risk, paper settings, market and broker (the simulated one unless it names another).</param>
    /// <param name="candles">Closed candles, increasing open time.</param>
    /// <param name="progress">Receives the number of candles processed every <see cref="ProgressEvery"/> candles and at the end; may be null.</param>
    /// <param name="ct">Stops the replay between candles.</param>
    /// <exception cref="ArgumentException">No candles.</exception>
    public static Task<BacktestResult> RunAsync(EngineBuilder engine, IReadOnlyList<Candle> candles, IProgress<int>? progress, CancellationToken ct) =>
        RunAsync(engine, candles, null, new EquityCurve(candles?.Count ?? 0), progress, ct);

    /// <summary>
    /// Runs over candles that arrive in chunks (a store's <see cref="ICandleStore.StreamAsync"/>), each replayed as it
    /// comes, so the run never holds them all; each chunk is used only until the next is asked for.
    /// </summary>
    /// <param name="engine">As above.</param>
    /// <param name="chunks">Closed candles, increasing open time across the chunks; at least one in all.</param>
    /// <param name="capacity">The number of candles expected (the equity curve is sized for it and grows past it).</param>
    /// <param name="covered">The time the candles covered, asked for once they have all passed (the caller walks them on
    /// their way, e.g. with <see cref="CoveredTime.Builder"/>).</param>
    /// <param name="progress">As above.</param>
    /// <param name="ct">Stops the replay between chunks.</param>
    /// <exception cref="ArgumentException">No candles.</exception>
    public static async Task<BacktestResult> RunAsync(EngineBuilder engine, IAsyncEnumerable<ReadOnlyMemory<Candle>> chunks, int capacity, Func<CoveredTime> covered,
        IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(covered);
        var replay = new Replay(engine, new EquityCurve(capacity), progress);
        await foreach (var chunk in chunks.WithCancellation(ct).ConfigureAwait(false)) await replay.StepAsync(chunk, ct);
        return await replay.FinishAsync(covered, ct);
    }

    /// <summary>
    /// The same as the first, with the time the candles cover already known (a sweep computes it once for all its runs)
    /// and the curve to record the equity into (empty; the result's <see cref="BacktestResult.Equity"/> is that curve).
    /// </summary>
    internal static async Task<BacktestResult> RunAsync(EngineBuilder engine, IReadOnlyList<Candle> candles, CoveredTime? covered, EquityCurve equity,
        IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(candles);
        if (candles.Count == 0) throw new ArgumentException("A backtest needs at least one candle.", nameof(candles));

        var replay = new Replay(engine, equity, progress);
        await replay.StepAsync(candles as Candle[] ?? [.. candles], ct);
        return await replay.FinishAsync(() => covered ?? CoveredTime.Of(candles, engine.Timeframe), ct);
    }

    /// <summary>One replay: the engine over an in-memory journal, fed candles in order, then closed and measured.</summary>
    private sealed class Replay
    {
        private readonly EngineBuilder _engine;
        private readonly IProgress<int>? _progress;
        private readonly InMemoryJournal _journal;
        private readonly TradingEngine _built;
        private int _count;
        private double _firstOpen;
        private double _lastClose;

        public Replay(EngineBuilder engine, EquityCurve equity, IProgress<int>? progress)
        {
            _engine = engine;
            _progress = progress;
            _journal = new InMemoryJournal(equity);
            _built = engine.Build(_journal);
        }

        public async ValueTask StepAsync(ReadOnlyMemory<Candle> chunk, CancellationToken ct)
        {
            if (chunk.IsEmpty) return;
            if (_count == 0) _firstOpen = chunk.Span[0].Open;
            // The array behind the chunk, indexed directly: a span cannot live across the awaits.
            var candles = MemoryMarshal.TryGetArray(chunk, out var segment) ? segment : new ArraySegment<Candle>(chunk.ToArray());
            var array = candles.Array!;
            for (int i = candles.Offset, end = candles.Offset + candles.Count; i < end; i++)
            {
                await _built.StepAsync(array[i], ct);
                if (++_count % ProgressEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    _progress?.Report(_count);
                }
            }
            _lastClose = array[candles.Offset + candles.Count - 1].Close;
        }

        public async Task<BacktestResult> FinishAsync(Func<CoveredTime> covered, CancellationToken ct)
        {
            if (_count == 0) throw new ArgumentException("A backtest needs at least one candle.", "candles");
            await _built.CloseAllAsync(ct);
            _progress?.Report(_count);
            var metrics = BacktestMetrics.Compute(new MetricsInput(
                _engine.Paper.StartingBalance, _journal.Equity, _journal.Trades, _engine.Timeframe, covered(), _firstOpen, _lastClose));
            return new BacktestResult(metrics, _journal.Trades, _journal.Equity, _journal.Orders);
        }
    }
}
