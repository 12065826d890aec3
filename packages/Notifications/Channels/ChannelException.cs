namespace Trader.Notifications.Channels;

/// <summary>A channel refused or could not take an alert; the notifier retries later. Messages never contain the channel's secrets.</summary>
/// <param name="message">What happened, e.g. <c>HTTP 500 from telegram</c>.</param>
/// <param name="retryAfter">How long the channel asked us to wait (a 429's retry-after), or null.</param>
public sealed class ChannelException(string message, TimeSpan? retryAfter = null) : Exception(message)
{
    /// <summary>The wait the channel asked for, or null.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
