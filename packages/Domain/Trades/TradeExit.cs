namespace Trader.Domain;

/// <summary>How a round trip ended.</summary>
/// <param name="TimeMs">Exit fill time, Unix ms UTC.</param>
/// <param name="Price">Average exit price in quote currency.</param>
/// <param name="ClientOrderId">The exit order, when there was one.</param>
/// <param name="Fees">Entry plus exit fees, in quote currency.</param>
/// <param name="Pnl">Realised profit (negative: loss) after fees, in quote currency.</param>
/// <param name="Reason">Why the position was closed, e.g. <c>signal</c>, <c>stop_loss</c>, <c>take_profit</c>.</param>
public sealed record TradeExit(long TimeMs, decimal Price, string? ClientOrderId, decimal Fees, decimal Pnl, string Reason);
