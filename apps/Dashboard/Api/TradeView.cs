using Trader.Domain;

namespace Trader.Dashboard.Api;

/// <summary>A round trip; the exit fields are null while it is open.</summary>
internal sealed record TradeView(
    long Id,
    string Symbol,
    string Side,
    decimal Amount,
    long EntryTimeMs,
    decimal EntryPrice,
    string? EntryClientOrderId,
    bool IsOpen,
    long? ExitTimeMs,
    decimal? ExitPrice,
    string? ExitClientOrderId,
    decimal? Fees,
    decimal? Pnl,
    string? ExitReason)
{
    public static TradeView From(Trade t) => new(
        t.Id, t.Symbol, Text.Of(t.Side), t.Amount, t.EntryTimeMs, t.EntryPrice, t.EntryClientOrderId, t.IsOpen,
        t.Exit?.TimeMs, t.Exit?.Price, t.Exit?.ClientOrderId, t.Exit?.Fees, t.Exit?.Pnl, t.Exit?.Reason);
}
