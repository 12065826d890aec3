using Trader.Domain;

namespace Trader.Trader.Run;

/// <summary>
/// The instance's own events for the alert outbox (fills go with their orders, see <see cref="FillAlert"/>): started,
/// stopped or failed, a breaker tripped by a live step, and the exchange unreachable for <paramref name="unreachableAfter"/>.
/// Each is keyed by what caused it, so writing it twice adds one alert.
/// </summary>
internal sealed class InstanceAlerts(IAlertStore store, string instance, TimeSpan unreachableAfter, TimeProvider clock)
{
    private long? _failingSinceMs;
    private bool _unreachableAlerted;

    public Task StartedAsync(string version, TradingMode mode, CancellationToken ct)
    {
        long now = NowMs();
        return AddAsync($"started:{instance}:{now}", AlertKinds.Started, now, $"started {version} in {mode.ToString().ToLowerInvariant()} mode", ct);
    }

    public Task EndedAsync(InstanceStatus status, string reason, CancellationToken ct)
    {
        long now = NowMs();
        string kind = status == InstanceStatus.Failed ? AlertKinds.Failed : AlertKinds.Stopped;
        return AddAsync($"{kind}:{instance}:{now}", kind, now, reason, ct);
    }

    /// <summary>After a live step that ended at <paramref name="closeTimeMs"/>: an alert per breaker that tripped in it.</summary>
    public async Task BreakersAsync(IReadOnlyList<string> before, IReadOnlyList<string> after, long closeTimeMs, CancellationToken ct)
    {
        foreach (var breaker in after.Except(before))
        {
            await AddAsync($"breaker:{instance}:{breaker}:{closeTimeMs}", AlertKinds.BreakerTripped, closeTimeMs,
                $"the {breaker} breaker tripped: no new entries (open positions keep their exits); reset with: trader control {instance} reset-breaker", ct);
        }
    }

    /// <summary>The exchange failed a request; once it has failed for the configured time without an answer in between, one alert.</summary>
    public async Task ExchangeFailedAsync(string error, CancellationToken ct)
    {
        long now = NowMs();
        _failingSinceMs ??= now;
        if (_unreachableAlerted || now - _failingSinceMs < (long)unreachableAfter.TotalMilliseconds) return;
        _unreachableAlerted = true;
        await AddAsync($"unreachable:{instance}:{_failingSinceMs}", AlertKinds.ExchangeUnreachable, now,
            $"the exchange has not answered for {(now - _failingSinceMs.Value) / 60_000} min: {error}", ct);
    }

    /// <summary>The exchange answered: a later outage is a new one.</summary>
    public void ExchangeAnswered()
    {
        _failingSinceMs = null;
        _unreachableAlerted = false;
    }

    private Task AddAsync(string key, string kind, long timeMs, string text, CancellationToken ct) =>
        store.AddAsync(new AlertEvent(key, instance, kind, timeMs, text), NowMs(), ct);

    private long NowMs() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
