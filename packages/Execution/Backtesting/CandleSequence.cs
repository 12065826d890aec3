using Trader.Domain;

namespace Trader.Execution.Backtesting;

/// <summary>What a run's strategy is fed, in order: its warm-up candles, then the sweep's candles (neither copied).</summary>
internal sealed class CandleSequence(IReadOnlyList<Candle> warmup, IReadOnlyList<Candle> candles)
{
    /// <summary>Warm-up plus sweep candles.</summary>
    public int Count { get; } = warmup.Count + candles.Count;

    /// <summary>The candle at <paramref name="index"/> of the sequence.</summary>
    public Candle this[int index] => index < warmup.Count ? warmup[index] : candles[index - warmup.Count];
}
