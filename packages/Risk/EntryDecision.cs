namespace Trader.Risk;

/// <summary>Risk's answer to an <see cref="EntryRequest"/>.</summary>
/// <param name="Verdict">Approved, resized or rejected.</param>
/// <param name="QuoteAmount">Quote currency to spend (before the broker's step rounding); 0 when rejected.</param>
/// <param name="Reason">Why: the sizing basis, plus the cap that resized it or the rule that rejected it.</param>
public sealed record EntryDecision(EntryVerdict Verdict, decimal QuoteAmount, string Reason)
{
    /// <summary>True when an order should be placed.</summary>
    public bool IsAllowed => Verdict != EntryVerdict.Rejected;

    internal static EntryDecision Reject(string reason) => new(EntryVerdict.Rejected, 0m, reason);
}
