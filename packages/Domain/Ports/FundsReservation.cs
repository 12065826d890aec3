namespace Trader.Domain;

/// <summary>One live instance's claim on an account's free balance while it sends an entry.</summary>
/// <param name="Account">The exchange account, as instances name it (their <c>exchange:</c> id).</param>
/// <param name="Instance">The instance reserving.</param>
/// <param name="Asset">The asset reserved, the market's quote (<c>USDT</c>).</param>
/// <param name="Amount">Amount of <paramref name="Asset"/> reserved, fee reserve included; at least 0.</param>
/// <param name="TimeMs">When it was reserved, Unix ms UTC.</param>
public sealed record FundsReservation(string Account, string Instance, string Asset, decimal Amount, long TimeMs);
