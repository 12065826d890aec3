using Trader.Domain;

namespace Trader.Exchange.Adapters.Coinbase;

/// <summary>
/// Turns a Coinbase Advanced Trade error answer into our exception types. Transport-level refusals come as HTTP status
/// with <c>{"error": "...", "message": "..."}</c> (401 bad or expired token, 403, 404 unknown order, 429, 5xx); an order
/// Coinbase refuses comes with HTTP 200, <c>"success": false</c> and an <c>error_response</c> whose <c>error</c> or
/// <c>preview_failure_reason</c> names the reason (older answers: <c>failure_reason</c>); a cancel Coinbase refuses
/// carries its <c>failure_reason</c> per order.
/// </summary>
public static class CoinbaseErrors
{
    /// <summary>
    /// Maps one error answer. <paramref name="reason"/> is Coinbase's code (<c>INSUFFICIENT_FUND</c>, <c>NOT_FOUND</c>,
    /// <c>UNKNOWN_CANCEL_ORDER</c>...), <paramref name="message"/> its text; <paramref name="context"/> names the call
    /// so the message says what failed; <paramref name="retryAfter"/> comes from Retry-After.
    /// </summary>
    public static ExchangeException Map(int httpStatus, string? reason, string? message, string context, TimeSpan retryAfter, bool changesState = true)
    {
        string detail = reason is null ? $"HTTP {httpStatus}" : $"Coinbase {reason}{(string.IsNullOrEmpty(message) ? "" : ": " + message)}";
        string text = $"{context} failed: {detail}";
        if (httpStatus == 429 || reason is "RATE_LIMIT_EXCEEDED" or "RESOURCE_EXHAUSTED")
            return new RateLimitExceededException(retryAfter, $"{text} (rate limited; retry after {retryAfter.TotalSeconds:0.#} s).");
        if (httpStatus >= 500)
            return new ExchangeNotAvailableException($"{text}; the exchange is unavailable, retry later{UnknownOutcome.Clause(changesState)}.");
        if (httpStatus == 401 || reason is "UNAUTHENTICATED")
            return new AuthenticationException($"{text}; check {ExchangeCredentials.KeyVariable(ExchangeIds.Coinbase)} (the key name), {ExchangeCredentials.SecretVariable(ExchangeIds.Coinbase)} (its EC private key) and the clock (tokens live 120 s).");
        if (httpStatus == 403 || reason is "PERMISSION_DENIED")
            return new AuthenticationException($"{text}; the key lacks the permission (view or trade) or the portfolio.");
        return reason switch
        {
            "INSUFFICIENT_FUND" or "PREVIEW_INSUFFICIENT_FUND" or "INSUFFICIENT_FUNDS" => new InsufficientFundsException($"{text}; lower the amount or add funds."),
            "PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE" or "PREVIEW_STOP_PRICE_BELOW_LAST_TRADE_PRICE" or "STOP_PRICE_ABOVE_LAST_TRADE_PRICE" or "STOP_PRICE_BELOW_LAST_TRADE_PRICE"
                => new OrderWouldTriggerException($"{text}; the stop is already crossed by the last price: place it beyond the last price, or exit at market."),
            "INVALID_LIMIT_PRICE_POST_ONLY" => new OrderImmediatelyFillableException($"{text}; a post-only order must rest: price a buy below the best ask, a sell above the best bid."),
            "NOT_FOUND" or "UNKNOWN_CANCEL_ORDER" or "ORDER_NOT_FOUND" when httpStatus == 404 || context.Contains("order", StringComparison.OrdinalIgnoreCase)
                => new OrderNotFoundException($"{text}; the order id or client_order_id is unknown or no longer open."),
            "INVALID_PRODUCT_ID" or "PRODUCT_NOT_FOUND" or "NOT_FOUND" => new BadSymbolException($"{text}; check the symbol against LoadMarketsAsync."),
            "UNSUPPORTED_ORDER_CONFIGURATION" or "INVALID_SIZE_PRECISION" or "INVALID_PRICE_PRECISION" or "INVALID_LIMIT_PRICE" or "INVALID_STOP_PRICE"
                or "INVALID_REQUEST" or "INVALID_SIDE" or "INVALID_CANCEL_REQUEST" or "ORDER_ENTRY_DISABLED"
                => new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync)."),
            "INVALID_ARGUMENT" when context.StartsWith("create", StringComparison.Ordinal) => new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync)."),
            { } other when other.StartsWith("PREVIEW_", StringComparison.Ordinal) => new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync)."),
            _ => new ExchangeException($"{text}."),
        };
    }
}
