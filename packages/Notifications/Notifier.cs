using Serilog;
using Trader.Domain;
using Trader.Notifications.Channels;

namespace Trader.Notifications;

/// <summary>
/// Sends the outbox to every channel: per channel, the alerts of the kinds it wants that it has not had, oldest first, at
/// most its <see cref="ChannelPolicy.PerMinute"/> a minute (an alert of a kind it does not want is recorded <c>skipped</c>); each sent alert is recorded at once. A failing channel is retried
/// with doubling waits (or the wait it asked for) and does not hold up the others. Delivery is at least once: a crash
/// between a channel's acceptance and the record sends that one alert again at the next start (the webhook payload
/// carries the alert's key for receivers that must drop repeats); nothing is lost.
/// One notifier per database (several would each send everything).
/// </summary>
public sealed class Notifier
{
    private readonly IAlertStore _alerts;
    private readonly IReadOnlyList<IAlertChannel> _channels;
    private readonly NotifierOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly Dictionary<string, (DateTimeOffset NextAt, TimeSpan Backoff)> _state = [];

    /// <param name="alerts">The outbox.</param>
    /// <param name="channels">Where alerts go; at least one.</param>
    /// <param name="options">Pacing.</param>
    /// <param name="clock">Time of sends, waits and ages.</param>
    /// <param name="log">Failures and retries (never a channel's secret).</param>
    public Notifier(IAlertStore alerts, IReadOnlyList<IAlertChannel> channels, NotifierOptions options, TimeProvider clock, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfZero(channels.Count, nameof(channels));
        foreach (var channel in channels) ArgumentOutOfRangeException.ThrowIfLessThan(options.PolicyFor(channel.Name).PerMinute, 1, nameof(options));
        (_alerts, _channels, _options, _clock, _log) = (alerts, channels, options, clock, log.ForContext<Notifier>());
        foreach (var channel in channels) _state[channel.Name] = (DateTimeOffset.MinValue, TimeSpan.Zero);
    }

    /// <summary>Sends until <paramref name="ct"/> is canceled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            bool sent = false;
            foreach (var channel in _channels) sent |= await PumpAsync(channel, ct).ConfigureAwait(false);
            if (!sent) await Task.Delay(_options.Poll, _clock, ct).ConfigureAwait(false);
        }
    }

    // Sends the next due alert of one channel, if its pace and back-off allow; true when something was done.
    private async Task<bool> PumpAsync(IAlertChannel channel, CancellationToken ct)
    {
        var (nextAt, backoff) = _state[channel.Name];
        var now = _clock.GetUtcNow();
        if (now < nextAt) return false;
        var due = await _alerts.UndeliveredAsync(channel.Name, 1, ct).ConfigureAwait(false);
        if (due.Count == 0) return false;
        var alert = due[0];
        var policy = _options.PolicyFor(channel.Name);
        long nowMs = now.ToUnixTimeMilliseconds();
        if (!policy.Wants(alert.Event.Kind))
        {
            await _alerts.MarkDeliveredAsync(alert.Seq, channel.Name, nowMs, "skipped", ct).ConfigureAwait(false);
            return true;
        }
        if (nowMs - alert.CreatedMs > (long)_options.MaxAge.TotalMilliseconds)
        {
            await _alerts.MarkDeliveredAsync(alert.Seq, channel.Name, nowMs, "expired", ct).ConfigureAwait(false);
            return true;
        }
        try
        {
            await channel.SendAsync(alert, ct).ConfigureAwait(false);
        }
        catch (ChannelException e)
        {
            var wait = e.RetryAfter ?? (backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : backoff * 2);
            if (wait > _options.MaxBackoff) wait = _options.MaxBackoff;
            _state[channel.Name] = (now + wait, wait);
            _log.Warning("Alert {Key} not sent to {Channel}: {Reason}; retrying in {Seconds} s", alert.Event.Key, channel.Name, e.Message, wait.TotalSeconds);
            return false;
        }
        await _alerts.MarkDeliveredAsync(alert.Seq, channel.Name, _clock.GetUtcNow().ToUnixTimeMilliseconds(), "sent", ct).ConfigureAwait(false);
        _state[channel.Name] = (_clock.GetUtcNow() + policy.MinInterval, TimeSpan.Zero);
        _log.Information("Sent alert {Key} to {Channel}", alert.Event.Key, channel.Name);
        return true;
    }
}
