using Trader.Risk.Trades;
using Trader.Domain;

namespace Trader.Risk.Exits;

/// <summary>Stop loss, take profit and trailing stop of long positions, computed from fractions of price.</summary>
public sealed class ExitPolicy
{
    private readonly decimal? _stopLoss;
    private readonly decimal? _takeProfit;
    private readonly decimal? _trailingStop;

    /// <param name="stopLoss">Fraction below entry, 0.03 = 3 %, in (0, 1); null for none.</param>
    /// <param name="takeProfit">Fraction above entry, 0.06 = 6 %, positive; null for none.</param>
    /// <param name="trailingStop">Fraction below the highest price since entry, in (0, 1); null for none.</param>
    public ExitPolicy(decimal? stopLoss, decimal? takeProfit, decimal? trailingStop)
    {
        if (stopLoss is { } s) RequireFraction(s, nameof(stopLoss));
        if (trailingStop is { } t) RequireFraction(t, nameof(trailingStop));
        if (takeProfit is { } p) ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(p, 0m, nameof(takeProfit));
        _stopLoss = stopLoss;
        _takeProfit = takeProfit;
        _trailingStop = trailingStop;
    }

    /// <summary>Distance from entry to the nearest stop as a fraction of entry price (what fixed-risk sizing divides by); null without stops.</summary>
    public decimal? StopDistance => (_stopLoss, _trailingStop) switch
    {
        ({ } s, { } t) => Math.Min(s, t),
        ({ } s, null) => s,
        (null, { } t) => t,
        _ => null,
    };

    /// <summary>Levels for a position just filled at <paramref name="entryPrice"/> (quote per unit, positive).</summary>
    public ExitLevels Open(decimal entryPrice)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(entryPrice, 0m);
        return new(
            entryPrice,
            entryPrice * (1m - _stopLoss),
            entryPrice * (1m + _takeProfit),
            entryPrice * (1m - _trailingStop),
            entryPrice);
    }

    /// <summary>
    /// Checks one closed candle (one after the entry fill) against <paramref name="levels"/>. Conservative,
    /// because a candle does not tell the order of its high and low: levels from before the candle are used
    /// (its own high ratchets the trailing stop only for the next candle); when a stop and the target are both
    /// inside the range the stop wins; a stop gapped through fills at the open, a target at its own price.
    /// </summary>
    /// <param name="levels">The position's levels before this candle.</param>
    /// <param name="candle">A closed candle after the entry fill.</param>
    /// <param name="stopHeldByVenue">True when the exchange holds the position's stop (it fills there, not here): only the
    /// target is checked, and the trailing stop still ratchets.</param>
    /// <param name="targetHeldByVenue">True when the exchange holds the target too (an OCO with the stop): nothing is checked
    /// here, the levels only ratchet.</param>
    public ExitStep Step(ExitLevels levels, in Candle candle, bool stopHeldByVenue = false, bool targetHeldByVenue = false)
    {
        ArgumentNullException.ThrowIfNull(levels);
        decimal open = (decimal)candle.Open;
        decimal low = (decimal)candle.Low;
        decimal high = (decimal)candle.High;

        if (!stopHeldByVenue && levels.EffectiveStopPrice is { } stop && low <= stop)
        {
            return new(levels, new ExitTrigger(levels.StopReason, Math.Min(open, stop)));
        }
        if (!targetHeldByVenue && levels.TakeProfitPrice is { } target && high >= target)
        {
            return new(levels, new ExitTrigger(ExitReason.TakeProfit, target));
        }

        if (high <= levels.HighestPrice) return new(levels, null);
        // The highest price only rises, so the trailing stop derived from it only rises.
        return new(levels with { HighestPrice = high, TrailingStopPrice = high * (1m - _trailingStop) }, null);
    }

    private static void RequireFraction(decimal value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0m, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 1m, name);
    }
}
