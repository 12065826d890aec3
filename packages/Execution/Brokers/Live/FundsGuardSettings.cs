namespace Trader.Execution.Brokers.Live;

/// <summary>Who a <see cref="FundsGuard"/> guards and how much it sets aside.</summary>
/// <param name="Account">The exchange account the instances share, named by their <c>exchange:</c> id.</param>
/// <param name="Instance">The instance sending the orders.</param>
/// <param name="FeeReserve">Fee rate set aside on top of an order's cost, 0.001 = 0.1 % (<see cref="LiveConfig.FeeReserve"/>).</param>
public sealed record FundsGuardSettings(string Account, string Instance, decimal FeeReserve);
