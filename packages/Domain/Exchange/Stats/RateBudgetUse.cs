namespace Trader.Domain;

/// <summary>How much of its request-weight budget a process has used in the current rate-limit window.</summary>
/// <param name="Used">Weight counted in the window (what this process took, or more when the exchange reported more).</param>
/// <param name="Budget">Weight this process may use per window (its share of the venue's limit).</param>
public sealed record RateBudgetUse(int Used, int Budget);
