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

    /// <summary>The parameters of <c>FillSql.Insert</c>; <paramref name="money"/> gives the backend's form of an amount.</summary>
    public static object Parameters(Fill fill, Func<decimal, object> money) => new
    {
        fill.ClientOrderId,
        fill.FillId,
        fill.Symbol,
        Side = EnumText.ToText(fill.Side),
        Price = money(fill.Price),
        Amount = money(fill.Amount),
        Fee = money(fill.Fee),
        fill.FeeCurrency,
        fill.TimeMs,
    };

    public Fill ToFill() => new(ClientOrderId, FillId, Symbol, EnumText.Parse<OrderSide>(Side),
        Money.Parse(Price), Money.Parse(Amount), Money.Parse(Fee), FeeCurrency, TimeMs);
}
