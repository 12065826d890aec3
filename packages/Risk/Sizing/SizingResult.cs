namespace Trader.Risk.Sizing;

/// <summary>A sizer's answer.</summary>
/// <param name="QuoteAmount">Quote currency to spend on the entry; zero or less means "do not enter".</param>
/// <param name="Basis">How the amount was reached, e.g. <c>fraction 0.10 of equity 10000</c>; logged with the decision.</param>
public sealed record SizingResult(decimal QuoteAmount, string Basis);
