namespace Trader.Domain;

/// <summary>Requests of one exchange method (e.g. <c>fetch_ohlcv</c>) by one instance: how many, how many failed, and their total time.</summary>
/// <param name="Method">The ccxt-style method name.</param>
/// <param name="Requests">Requests sent (every attempt, retries included).</param>
/// <param name="Errors">Requests that failed (an exchange error, a network error or a timeout).</param>
/// <param name="Seconds">Their summed duration, from sending to the answer or the failure.</param>
public sealed record ExchangeCallStats(string Method, long Requests, long Errors, double Seconds);
