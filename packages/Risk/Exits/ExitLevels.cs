using Trader.Risk.Trades;

namespace Trader.Risk.Exits;

/// <summary>Exit prices of one open long position, in quote currency per unit. Null means the rule is off.</summary>
/// <param name="EntryPrice">Average entry price.</param>
/// <param name="StopPrice">Fixed stop: entry × (1 − stop_loss).</param>
/// <param name="TakeProfitPrice">Target: entry × (1 + take_profit).</param>
/// <param name="TrailingStopPrice">Highest price since entry × (1 − trailing_stop); only ever rises.</param>
/// <param name="HighestPrice">Highest price seen since entry (entry price, then candle highs).</param>
public sealed record ExitLevels(
    decimal EntryPrice,
    decimal? StopPrice,
    decimal? TakeProfitPrice,
    decimal? TrailingStopPrice,
    decimal HighestPrice)
{
    /// <summary>The stop that triggers first on a fall: the higher of the fixed and trailing stops; null when neither is set.</summary>
    public decimal? EffectiveStopPrice => (StopPrice, TrailingStopPrice) switch
    {
        ({ } s, { } t) => Math.Max(s, t),
        ({ } s, null) => s,
        (null, { } t) => t,
        _ => null,
    };

    /// <summary>Which rule <see cref="EffectiveStopPrice"/> is: the trailing stop once it is at or above the fixed stop.</summary>
    public ExitReason StopReason => TrailingStopPrice is { } trail && trail >= (StopPrice ?? decimal.MinValue)
        ? ExitReason.TrailingStop
        : ExitReason.StopLoss;
}
