using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>A <c>trades</c> row as both backends return it; money arrives as its exact decimal text.</summary>
internal sealed class TradeRow
{
    public long Id { get; init; }
    public string Instance { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Side { get; init; } = "";
    public string Amount { get; init; } = "";
    public long EntryTimeMs { get; init; }
    public string EntryPrice { get; init; } = "";
    public string? EntryClientOrderId { get; init; }
    public long IsOpen { get; init; }
    public long? ExitTimeMs { get; init; }
    public string? ExitPrice { get; init; }
    public string? ExitClientOrderId { get; init; }
    public string? Fees { get; init; }
    public string? Pnl { get; init; }
    public string? ExitReason { get; init; }

    public Trade ToTrade() => new(
        Id, Instance, Symbol, EnumText.Parse<OrderSide>(Side), Money.Parse(Amount), EntryTimeMs, Money.Parse(EntryPrice), EntryClientOrderId,
        IsOpen == 1
            ? null
            : new TradeExit(ExitTimeMs ?? 0, Money.Parse(ExitPrice ?? "0"), ExitClientOrderId, Money.Parse(Fees ?? "0"), Money.Parse(Pnl ?? "0"), ExitReason ?? ""));
}
