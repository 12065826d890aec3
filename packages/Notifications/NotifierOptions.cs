namespace Trader.Notifications;

/// <summary>How the notifier paces itself.</summary>
/// <param name="PerMinute">Most alerts one channel is sent per minute (Telegram allows about 20 a minute into one group).</param>
/// <param name="MaxAge">Alerts older than this when their turn comes are recorded <c>expired</c>, not sent (a notifier started late does not flood a chat).</param>
/// <param name="Poll">Wait between looks at the outbox when nothing is due.</param>
/// <param name="MaxBackoff">Longest wait before retrying a failing channel.</param>
/// <param name="StaleAfter">Heartbeat age after which a running instance is alerted as failed (<see cref="StaleInstanceWatch"/>).</param>
/// <param name="Channels">Per channel name, its own pace and kinds (<c>config/alerts.yaml</c>); a channel not listed gets <paramref name="PerMinute"/> and every kind.</param>
public sealed record NotifierOptions(
    int PerMinute, TimeSpan MaxAge, TimeSpan Poll, TimeSpan MaxBackoff, TimeSpan StaleAfter, IReadOnlyDictionary<string, ChannelPolicy> Channels)
{
    /// <summary>
    /// A trader beats at least every 15 s; a shorter stale age would alert on a healthy one that waits for its next beat.
    /// </summary>
    public static readonly TimeSpan MinStaleAfter = TimeSpan.FromSeconds(30);

    /// <summary>20 a minute, 24 h, 0.5 s, 5 min, stale after 5 min, every kind to every channel.</summary>
    public static NotifierOptions Default { get; } =
        new(20, TimeSpan.FromHours(24), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), new Dictionary<string, ChannelPolicy>());

    /// <summary>The pace and kinds of the channel named <paramref name="channel"/>.</summary>
    public ChannelPolicy PolicyFor(string channel) => Channels.GetValueOrDefault(channel) ?? new ChannelPolicy(PerMinute, null);
}
