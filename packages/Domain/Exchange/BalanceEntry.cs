namespace Trader.Domain;

/// <summary>One asset's holdings: <see cref="Free"/> can be spent, <see cref="Used"/> is locked in open orders.</summary>
public readonly record struct BalanceEntry(decimal Free, decimal Used)
{
    /// <summary>Free plus used.</summary>
    public decimal Total => Free + Used;
}
