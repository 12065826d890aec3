namespace Trader.Notifications;

/// <summary>What one channel is sent and how fast (<c>config/alerts.yaml</c>, or the defaults from the environment).</summary>
/// <param name="PerMinute">Most alerts this channel is sent per minute.</param>
/// <param name="Kinds">The alert kinds it receives (<see cref="Trader.Domain.AlertKinds"/>); null: every kind.</param>
public sealed record ChannelPolicy(int PerMinute, IReadOnlySet<string>? Kinds)
{
    /// <summary>True when alerts of <paramref name="kind"/> go to this channel.</summary>
    public bool Wants(string kind) => Kinds is null || Kinds.Contains(kind);

    /// <summary>Shortest time between two sends to this channel.</summary>
    public TimeSpan MinInterval => TimeSpan.FromMinutes(1) / PerMinute;
}
