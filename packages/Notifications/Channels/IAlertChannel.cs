using Trader.Domain;

namespace Trader.Notifications.Channels;

/// <summary>A place alerts go (Telegram, Discord, a webhook). One method: send one alert or throw <see cref="ChannelException"/>.</summary>
public interface IAlertChannel
{
    /// <summary>The channel's name in the delivery records and logs (<c>telegram</c>, <c>discord</c>, <c>webhook</c>).</summary>
    string Name { get; }

    /// <summary>Sends <paramref name="alert"/>; returns when the channel accepted it.</summary>
    /// <exception cref="ChannelException">The channel did not accept it (retry later); the message holds no secret.</exception>
    Task SendAsync(Alert alert, CancellationToken ct);
}
