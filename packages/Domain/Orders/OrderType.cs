namespace Trader.Domain;

/// <summary>How an order is priced.</summary>
public enum OrderType
{
    Market,
    Limit,
}
