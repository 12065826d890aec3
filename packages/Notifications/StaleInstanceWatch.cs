using System.Globalization;
using Trader.Domain;

namespace Trader.Notifications;

/// <summary>
/// Writes a <c>failed</c> alert for an instance registered as running whose heartbeat is older than
/// <see cref="NotifierOptions.StaleAfter"/>: a trader killed with <c>kill -9</c>, out of memory or stuck cannot write its
/// own. Keyed <c>failed:NAME:HEARTBEAT_MS</c>, so one alert per death (a restart beats again, a later death is a new
/// alert), and a notifier restarted meanwhile adds none.
/// </summary>
public sealed class StaleInstanceWatch(IAlertStore alerts, IInstanceStore instances, NotifierOptions options, TimeProvider clock)
{
    /// <summary>Looks every <see cref="NotifierOptions.Poll"/> until <paramref name="ct"/> is canceled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await CheckAsync(ct).ConfigureAwait(false);
            await Task.Delay(options.Poll, clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>One look at every instance.</summary>
    public async Task CheckAsync(CancellationToken ct)
    {
        long nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var instance in await instances.ListAsync(ct).ConfigureAwait(false))
        {
            long ageMs = nowMs - instance.HeartbeatMs;
            if (instance.Status != InstanceStatus.Running || ageMs <= (long)options.StaleAfter.TotalMilliseconds) continue;
            string name = instance.Registration.Name;
            string last = DateTimeOffset.FromUnixTimeMilliseconds(instance.HeartbeatMs).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            string text = $"no heartbeat since {last} UTC ({ageMs / 1000} s): the process died or hangs; restart it (its state is rebuilt by replay)";
            await alerts.AddAsync(new AlertEvent($"failed:{name}:{instance.HeartbeatMs}", name, AlertKinds.Failed, nowMs, text), nowMs, ct).ConfigureAwait(false);
        }
    }
}
