using System.Runtime.CompilerServices;
using Trader.Domain;
using Trader.Strategies;

namespace Trader.Execution.Backtesting;

/// <summary>
/// A strategy's decisions over a run's candles, recorded once and replayed. A strategy decides from the candles alone,
/// so the points of a sweep that differ only in risk (stop, target, stake, ...) get the same signals: a sweep runs the
/// strategy, its indicators included, once per such group, and each point of the group replays the recording (the
/// engine asks for one decision per candle, in order). Holds one <see cref="Signal"/> per candle.
/// </summary>
public sealed class RecordedSignals : IStrategy
{
    private readonly Signal[] _signals;
    private int _next;

    private RecordedSignals(Signal[] signals) => _signals = signals;

    /// <inheritdoc />
    public IReadOnlyList<StrategyIndicator> Indicators => [];

    /// <summary>The recorded decision for the next candle (the candles are the recorded ones, in order).</summary>
    public Signal OnCandle(in Candle candle) => _signals[_next++];

    /// <summary>A replayer of what <paramref name="strategy"/> (fresh) decides over <paramref name="candles"/> after seeing <paramref name="warmup"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per strategy over every candle: no time to tier up
    public static Func<RecordedSignals> Record(IStrategy strategy, IReadOnlyList<Candle> warmup, IReadOnlyList<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(warmup);
        ArgumentNullException.ThrowIfNull(candles);
        foreach (var candle in warmup) strategy.OnCandle(candle);
        var signals = new Signal[candles.Count];
        for (int i = 0; i < signals.Length; i++) signals[i] = strategy.OnCandle(candles[i]);
        return () => new RecordedSignals(signals);
    }
}
