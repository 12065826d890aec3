namespace Trader.Risk.Sizing;

/// <summary>
/// Sizes so that hitting the nearest stop loses a fixed fraction of equity:
/// amount = equity × risk / stop distance (1 % risk with a 2 % stop spends 50 % of equity).
/// </summary>
public sealed class FixedRiskSizer : IPositionSizer
{
    private readonly decimal _riskPerTrade;

    /// <param name="riskPerTrade">Fraction of equity lost at the stop, 0.01 = 1 %; in (0, 1].</param>
    public FixedRiskSizer(decimal riskPerTrade)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(riskPerTrade, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(riskPerTrade, 1m);
        _riskPerTrade = riskPerTrade;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No stop distance: risk per trade needs <c>stop_loss</c> or <c>trailing_stop</c>.</exception>
    public SizingResult Size(SizingParameters parameters)
    {
        if (parameters.StopDistance is not { } stop || stop <= 0m)
        {
            throw new InvalidOperationException("stake.risk_per_trade needs risk.stop_loss or risk.trailing_stop to know the stop distance.");
        }
        return new(parameters.Equity * _riskPerTrade / stop, $"risk {_riskPerTrade} of equity {parameters.Equity} over stop distance {stop}");
    }
}
