namespace Trader.Risk.Sizing;

/// <summary>
/// Fractional Kelly from the running trade statistics: f* = W − (1 − W) / R, where W is the win rate and
/// R the mean win over the mean loss; the stake is multiplier × f* of equity, capped at all of it.
/// Until <c>minTrades</c> trades have closed the statistics mean little, so the fallback sizer decides.
/// With no edge (f* ≤ 0) the amount is 0 and the entry is refused.
/// </summary>
public sealed class KellySizer : IPositionSizer
{
    private readonly decimal _multiplier;
    private readonly int _minTrades;
    private readonly IPositionSizer _fallback;

    /// <param name="multiplier">Multiplier on the Kelly fraction, 0.5 = half Kelly; in (0, 1].</param>
    /// <param name="minTrades">Closed trades needed before Kelly replaces the fallback; at least 1.</param>
    /// <param name="fallback">Sizer used until then.</param>
    public KellySizer(decimal multiplier, int minTrades, IPositionSizer fallback)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(multiplier, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(multiplier, 1m);
        ArgumentOutOfRangeException.ThrowIfLessThan(minTrades, 1);
        ArgumentNullException.ThrowIfNull(fallback);
        _multiplier = multiplier;
        _minTrades = minTrades;
        _fallback = fallback;
    }

    /// <inheritdoc />
    public SizingResult Size(SizingParameters parameters)
    {
        var stats = parameters.Stats;
        if (stats.Count < _minTrades)
        {
            var fallback = _fallback.Size(parameters);
            return fallback with { Basis = $"kelly fallback ({stats.Count} of {_minTrades} trades): {fallback.Basis}" };
        }

        decimal kelly = KellyFraction(stats.WinRate, stats.AverageWin, stats.AverageLoss);
        decimal fraction = Math.Min(1m, _multiplier * kelly);
        return new(
            Math.Max(0m, parameters.Equity * fraction),
            $"kelly {kelly:0.####} x {_multiplier} (win rate {stats.WinRate:0.####}, avg win {stats.AverageWin:0.####}, avg loss {stats.AverageLoss:0.####}) of equity {parameters.Equity}");
    }

    private static decimal KellyFraction(decimal winRate, decimal averageWin, decimal averageLoss)
    {
        if (winRate == 0m) return -1m;
        // Never lost (or lost nothing): the payoff ratio is unbounded and f* tends to the win rate.
        if (averageLoss == 0m) return winRate;
        decimal payoff = averageWin / averageLoss;
        return payoff == 0m ? -1m : winRate - (1m - winRate) / payoff;
    }
}
