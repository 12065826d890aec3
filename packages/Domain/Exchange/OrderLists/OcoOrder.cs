namespace Trader.Domain;

/// <summary>
/// An OCO to place: <paramref name="Amount"/> (base asset) either at the <paramref name="LimitPrice"/> of a post-only
/// limit leg or, once the price reaches <paramref name="StopPrice"/>, at a stop-limit leg's <paramref name="StopLimitPrice"/>
/// (quote per base). For a sell the limit sits above the last price and the stop below it (a buy: the reverse). The three
/// client ids name the list and its two legs.
/// </summary>
public sealed record OcoOrder(
    string Symbol,
    OrderSide Side,
    decimal Amount,
    decimal LimitPrice,
    decimal StopPrice,
    decimal StopLimitPrice,
    string ListClientOrderId,
    string LimitClientOrderId,
    string StopClientOrderId);
