namespace Trader.ExchangeSim;

/// <summary>
/// What the simulator breaks on purpose. Rates are probabilities per request (0..1). A 5xx or a drop happens
/// before or after the request is processed with equal chance, so a client cannot know whether an order went in.
/// <see cref="RateBadKline"/> is the share of served klines whose high and low are swapped (an invalid candle); which
/// open times are corrupted is fixed by the seed, so a refetch gets the same bad candle, as a broken venue would send.
/// </summary>
public sealed record FaultSettings(int LatencyMs = 0, double Rate429 = 0, double Rate5xx = 0, double RateDrop = 0, int RetryAfterSeconds = 1, int Seed = 1, double RateBadKline = 0)
{
    public void Validate()
    {
        foreach (var (name, rate) in new[] { ("rate429", Rate429), ("rate5xx", Rate5xx), ("rateDrop", RateDrop), ("rateBadKline", RateBadKline) })
            if (rate is < 0 or > 1 || double.IsNaN(rate)) throw new ArgumentOutOfRangeException(name, rate, $"{name} must be a probability between 0 and 1.");
        if (LatencyMs < 0) throw new ArgumentOutOfRangeException(nameof(LatencyMs), LatencyMs, "latencyMs must be zero or more.");
        if (RetryAfterSeconds < 0) throw new ArgumentOutOfRangeException(nameof(RetryAfterSeconds), RetryAfterSeconds, "retryAfterSeconds must be zero or more.");
    }
}
