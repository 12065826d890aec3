namespace Trader.Risk.Sizing;

/// <summary>Spends the same quote amount on every entry.</summary>
public sealed class FixedQuoteSizer : IPositionSizer
{
    private readonly decimal _quote;

    /// <param name="quote">Quote currency per entry, e.g. 100 USDT; positive.</param>
    public FixedQuoteSizer(decimal quote)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quote, 0m);
        _quote = quote;
    }

    /// <inheritdoc />
    public SizingResult Size(SizingParameters parameters) => new(_quote, $"fixed quote {_quote}");
}
