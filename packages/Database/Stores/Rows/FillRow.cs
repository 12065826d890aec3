using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>A <c>fills</c> row as both backends return it; money arrives as its exact decimal text.</summary>
internal sealed class FillRow
{
    public string ClientOrderId { get; init; } = "";
    public string FillId { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Side { get; init; } = "";
    public string Price { get; init; } = "";
    public string Amount { get; init; } = "";
    public string Fee { get; init; } = "";
    public string FeeCurrency { get; init; } = "";
    public long TimeMs { get; init; }

    public Fill ToFill() => new(ClientOrderId, FillId, Symbol, EnumText.Parse<OrderSide>(Side),
        Money.Parse(Price), Money.Parse(Amount), Money.Parse(Fee), FeeCurrency, TimeMs);
}
