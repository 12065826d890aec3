namespace Trader.Risk.Sizing;

/// <summary>Spends a fixed fraction of current equity per entry.</summary>
public sealed class FractionOfEquitySizer : IPositionSizer
{
    private readonly decimal _fraction;

    /// <param name="fraction">Fraction of equity, 0.10 = 10 %; in (0, 1].</param>
    public FractionOfEquitySizer(decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1m);
        _fraction = fraction;
    }

    /// <inheritdoc />
    public SizingResult Size(SizingParameters parameters) =>
        new(parameters.Equity * _fraction, $"fraction {_fraction} of equity {parameters.Equity}");
}
