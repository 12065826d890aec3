using Trader.Domain;

namespace Trader.Exchange.Adapters.Kraken;

/// <summary>
/// Turns a Kraken error answer into our exception types. Kraken sends API errors with HTTP 200 and an <c>error</c>
/// array of <c>&lt;severity&gt;&lt;category&gt;:&lt;message&gt;</c> strings (<c>EOrder:Insufficient funds</c>); the HTTP
/// status decides only transport-level refusals (429, 5xx). Strings as in Kraken's error table and ccxt's mapping of them.
/// </summary>
public static class KrakenErrors
{
    /// <summary>How long Kraken locks a key out after repeated rate-limit violations (EGeneral:Temporary lockout).</summary>
    public static TimeSpan LockoutWait { get; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Maps one error answer. <paramref name="errors"/> is the <c>error</c> array (empty when the body had none);
    /// <paramref name="context"/> names the call; <paramref name="retryAfter"/> comes from Retry-After, or is how long
    /// the counter needs to decay by one call.
    /// </summary>
    public static ExchangeException Map(int httpStatus, IReadOnlyList<string> errors, string context, TimeSpan retryAfter, bool changesState = true)
    {
        string detail = errors.Count == 0 ? $"HTTP {httpStatus}" : $"Kraken {string.Join("; ", errors)}";
        string text = $"{context} failed: {detail}";
        string first = errors.Count > 0 ? errors[0] : "";
        if (first.StartsWith("EGeneral:Temporary lockout", StringComparison.Ordinal))
            return new RateLimitExceededException(LockoutWait, $"{text} (the key is locked out for going over its call counter; Kraken lifts it after about 15 minutes).");
        if (httpStatus == 429 || first is "EAPI:Rate limit exceeded" or "EOrder:Rate limit exceeded" or "EGeneral:Too many requests")
            return new RateLimitExceededException(retryAfter, $"{text} (rate limited; retry after {retryAfter.TotalSeconds:0.#} s).");
        if (httpStatus >= 500 || first.StartsWith("EService:", StringComparison.Ordinal) || first is "EGeneral:Internal error" or "EDatabase:Internal error")
            return new ExchangeNotAvailableException($"{text}; the exchange is unavailable, retry later{UnknownOutcome.Clause(changesState)}.");
        if (first == "EAPI:Invalid nonce")
            return new InvalidNonceException($"{text}; another client on this key sent a higher nonce: give each process its own API key.");
        if (httpStatus is 401 or 403 || first is "EAPI:Invalid key" or "EAPI:Invalid signature" or "EAPI:Bad request" or "EGeneral:Permission denied" or "ESession:Invalid session")
            return new AuthenticationException($"{text}; check the API key, secret and permissions.");
        if (first.StartsWith("EOrder:Insufficient funds", StringComparison.Ordinal))
            return new InsufficientFundsException($"{text}; lower the amount or add funds.");
        if (first.StartsWith("EOrder:Unknown order", StringComparison.Ordinal))
            return new OrderNotFoundException($"{text}; the order id or client order id is unknown or no longer open.");
        if (first.StartsWith("EOrder:Post only order", StringComparison.Ordinal))
            return new OrderImmediatelyFillableException($"{text}; a post-only order must rest: price a buy below the best ask, a sell above the best bid.");
        if (first.StartsWith("EOrder:Duplicate", StringComparison.Ordinal))
            return new DuplicateOrderIdException($"{text}; an open order already uses this client order id.");
        if (first.StartsWith("EQuery:Unknown asset", StringComparison.Ordinal) || first == "EQuery:Invalid asset pair")
            return new BadSymbolException($"{text}; check the symbol against LoadMarketsAsync.");
        if (first.StartsWith("EOrder:", StringComparison.Ordinal) || first.StartsWith("EGeneral:Invalid arguments", StringComparison.Ordinal))
            return new InvalidOrderException($"{text}; fix the order to the market's rules (see LoadMarketsAsync).");
        return new ExchangeException($"{text}.");
    }
}
