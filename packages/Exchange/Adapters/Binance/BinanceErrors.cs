using Trader.Domain;

namespace Trader.Exchange.Adapters.Binance;

/// <summary>Turns a Binance error answer (HTTP status plus <c>{"code":..,"msg":..}</c>) into our exception types.</summary>
public static class BinanceErrors
{
    /// <summary>
    /// Maps one error answer. <paramref name="context"/> names the call (<c>create order BUY 0.01 BTC/USDT</c>) so the
    /// message says what failed; <paramref name="retryAfter"/> comes from the Retry-After header.
    /// </summary>
    public static ExchangeException Map(int httpStatus, int? code, string? msg, string context, TimeSpan retryAfter, bool changesState = true)
    {
        string detail = code is null ? $"HTTP {httpStatus}" : $"Binance {code}: {msg}";
        string text = $"{context} failed: {detail}";
        if (httpStatus is 429 or 418 || code is -1003 or -1015)
            return new RateLimitExceededException(retryAfter, $"{text} (rate limited{(httpStatus == 418 ? ", IP banned" : "")}; retry after {retryAfter.TotalSeconds:0} s).");
        if (httpStatus >= 500) return new ExchangeNotAvailableException($"{text}; the exchange is unavailable, retry later{UnknownOutcome.Clause(changesState)}.");
        return code switch
        {
            -1021 => new InvalidNonceException($"{text}; the local clock is off from the server's: resync time or widen recvWindow."),
            -1022 or -2014 or -2015 or -1002 => new AuthenticationException($"{text}; check the API key, secret and key permissions."),
            -1121 => new BadSymbolException($"{text}; check the symbol against LoadMarketsAsync."),
            -2013 => new OrderNotFoundException($"{text}; the order id or client order id is unknown."),
            -2011 when msg?.Contains("Unknown order", StringComparison.OrdinalIgnoreCase) == true => new OrderNotFoundException($"{text}; the order is unknown or no longer open."),
            -2011 when msg?.Contains("Order list does not exist", StringComparison.OrdinalIgnoreCase) == true => new OrderNotFoundException($"{text}; the order list is unknown or no longer executing."),
            -2010 when msg?.Contains("relationship of the prices", StringComparison.OrdinalIgnoreCase) == true => new OrderPriceRelationshipException($"{text}; a sell OCO needs its limit above the last price and its stop below it (a buy: the reverse): the price has already reached one of them."),
            -2010 when msg?.Contains("insufficient balance", StringComparison.OrdinalIgnoreCase) == true => new InsufficientFundsException($"{text}; lower the amount or add funds."),
            -2010 when msg?.Contains("Duplicate order", StringComparison.OrdinalIgnoreCase) == true => new DuplicateOrderIdException($"{text}; an open order already uses this client order id."),
            -1001 or -1006 or -1007 => new ExchangeNotAvailableException($"{text}; retry later (execution status unknown)."),
            -2010 when msg?.Contains("immediately match and take", StringComparison.OrdinalIgnoreCase) == true => new OrderImmediatelyFillableException($"{text}; a post-only (LIMIT_MAKER) order must rest: price a buy below the best ask, a sell above the best bid."),
            -2010 when msg?.Contains("immediately trigger", StringComparison.OrdinalIgnoreCase) == true => new OrderWouldTriggerException($"{text}; the price has already crossed the stop: place the stop beyond the last price, or exit at market."),
            -1013 or -1111 or -1115 or -1116 or -1117 or -1106 or -2010 or -2011 => new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync)."),
            _ => new ExchangeException($"{text}."),
        };
    }
}
