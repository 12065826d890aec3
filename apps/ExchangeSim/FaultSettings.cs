namespace Trader.ExchangeSim;

/// <summary>
/// What the simulator breaks on purpose. Rates are probabilities per request (0..1). A 5xx or a drop happens
/// before or after the request is processed with equal chance, so a client cannot know whether an order went in.
/// </summary>
public sealed record FaultSettings(int LatencyMs = 0, double Rate429 = 0, double Rate5xx = 0, double RateDrop = 0, int RetryAfterSeconds = 1, int Seed = 1)
{
    public void Validate()
    {
        foreach (var (name, rate) in new[] { ("rate429", Rate429), ("rate5xx", Rate5xx), ("rateDrop", RateDrop) })
            if (rate is < 0 or > 1 || double.IsNaN(rate)) throw new ArgumentOutOfRangeException(name, rate, $"{name} must be a probability between 0 and 1.");
        if (LatencyMs < 0) throw new ArgumentOutOfRangeException(nameof(LatencyMs), LatencyMs, "latencyMs must be zero or more.");
        if (RetryAfterSeconds < 0) throw new ArgumentOutOfRangeException(nameof(RetryAfterSeconds), RetryAfterSeconds, "retryAfterSeconds must be zero or more.");
    }
}
