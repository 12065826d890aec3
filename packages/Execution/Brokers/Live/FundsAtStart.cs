namespace Trader.Execution.Brokers.Live;

/// <summary>What a live instance may spend when it starts, all in quote currency.</summary>
/// <param name="Free">The account's free balance of the quote asset.</param>
/// <param name="ReservedByOthers">What other instances on the account have reserved for entries they are sending.</param>
/// <param name="SmallestOrder">The smallest order the market takes at the last price (its minimum notional, or minimum amount × price).</param>
public sealed record FundsAtStart(decimal Free, decimal ReservedByOthers, decimal SmallestOrder)
{
    /// <summary>Free less what others reserved, never below 0.</summary>
    public decimal Available => Math.Max(0m, Free - ReservedByOthers);
}
