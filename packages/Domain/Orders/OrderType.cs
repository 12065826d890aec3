namespace Trader.Domain;

/// <summary>How an order is priced.</summary>
public enum OrderType
{
    Market,
    Limit,

    /// <summary>
    /// A protective order (Binance <c>STOP_LOSS_LIMIT</c>, ccxt's stop-limit): it rests unseen until the last price
    /// crosses its stop price (down for a sell, up for a buy), then rests as a limit order at its price.
    /// </summary>
    StopLossLimit,

    /// <summary>
    /// A post-only limit order (Binance <c>LIMIT_MAKER</c>, Bybit <c>timeInForce=PostOnly</c>, Kraken <c>oflags=post</c>,
    /// Coinbase <c>post_only</c>, ccxt's <c>postOnly</c>): it only ever rests and adds liquidity; the venue refuses it
    /// (<see cref="OrderImmediatelyFillableException"/>) when its price would match at once.
    /// </summary>
    LimitMaker,
}
