using Trader.Domain;

namespace Trader.Exchange.Adapters.Bybit;

/// <summary>
/// Turns a Bybit v5 error answer into our exception types: the HTTP status for transport-level refusals (403 IP ban,
/// 429 system protection, 5xx), otherwise the envelope's <c>retCode</c> (Bybit sends API errors with HTTP 200).
/// Codes as in Bybit's v5 error table (and ccxt's mapping of them).
/// </summary>
public static class BybitErrors
{
    /// <summary>
    /// Maps one error answer. <paramref name="context"/> names the call so the message says what failed;
    /// <paramref name="retryAfter"/> comes from Retry-After or X-Bapi-Limit-Reset-Timestamp.
    /// </summary>
    public static ExchangeException Map(int httpStatus, int? retCode, string? retMsg, string context, TimeSpan retryAfter, bool changesState = true)
    {
        string detail = retCode is null ? $"HTTP {httpStatus}" : $"Bybit {retCode}: {retMsg}";
        string text = $"{context} failed: {detail}";
        if (httpStatus == 403)
            return new RateLimitExceededException(TimeSpan.FromMinutes(10), $"{text} (the IP is banned for going over 600 requests per 5 s; Bybit lifts it after about 10 minutes).");
        if (httpStatus == 429 || retCode is 10006 or 10018 or 170222)
            return new RateLimitExceededException(retryAfter, $"{text} (rate limited; retry after {retryAfter.TotalSeconds:0.#} s).");
        if (httpStatus >= 500 || retCode is 10000 or 10016 or 10019)
            return new ExchangeNotAvailableException($"{text}; the exchange is unavailable, retry later{UnknownOutcome.Clause(changesState)}.");
        if (httpStatus == 401) return new AuthenticationException($"{text}; check the API key and secret.");
        return retCode switch
        {
            10002 => new InvalidNonceException($"{text}; the local clock is off from the server's: resync time or widen the recv window."),
            10003 or 10004 or 10005 or 10007 or 10009 or 10010 or 33004 => new AuthenticationException($"{text}; check the API key, secret, permissions and bound IPs."),
            170131 or 170033 or 110007 => new InsufficientFundsException($"{text}; lower the amount or add funds."),
            170213 or 110001 => new OrderNotFoundException($"{text}; the order id or orderLinkId is unknown or no longer open."),
            170141 => new DuplicateOrderIdException($"{text}; an order already uses this orderLinkId."),
            170121 => new BadSymbolException($"{text}; check the symbol against LoadMarketsAsync."),
            10001 when retMsg?.Contains("symbol", StringComparison.OrdinalIgnoreCase) == true => new BadSymbolException($"{text}; check the symbol against LoadMarketsAsync."),
            >= 170000 and < 171000 => new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync)."),
            _ => new ExchangeException($"{text}."),
        };
    }
}
