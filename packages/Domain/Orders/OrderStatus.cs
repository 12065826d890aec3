namespace Trader.Domain;

/// <summary>Life cycle of an order, with ccxt's meanings (open covers partially filled).</summary>
public enum OrderStatus
{
    Open,
    Closed,
    Canceled,
    Rejected,
    Expired,
}
