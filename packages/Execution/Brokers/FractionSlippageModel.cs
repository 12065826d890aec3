namespace Trader.Execution.Brokers;

/// <summary>Slippage = price × fraction, against the trader.</summary>
public sealed class FractionSlippageModel : ISlippageModel
{
    private readonly decimal _fraction;

    /// <param name="fraction">Adverse move as a fraction of price, 0.0005 = 0.05 %; in [0, 1).</param>
    public FractionSlippageModel(decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fraction, 1m);
        _fraction = fraction;
    }

    /// <inheritdoc />
    public decimal GetSlippage(SlippageParameters parameters) => parameters.Price * _fraction;
}
