namespace Trader.Execution.Brokers;

/// <summary>Fee = notional × rate, exact in decimal (not rounded: venues charge sub-cent fees in the quote asset).</summary>
public sealed class RateFeeModel : IFeeModel
{
    private readonly decimal _rate;

    /// <param name="rate">Fraction of the notional, 0.001 = 0.1 %; in [0, 1).</param>
    public RateFeeModel(decimal rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rate, 1m);
        _rate = rate;
    }

    /// <summary>Fraction of the notional charged, 0.001 = 0.1 %.</summary>
    public decimal Rate => _rate;

    /// <inheritdoc />
    public decimal GetFee(FeeParameters parameters) => parameters.Price * parameters.Amount * _rate;
}
