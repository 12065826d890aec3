namespace Trader.Notifications.Channels;

/// <summary>Addresses of Bot API methods: <c>{base}/bot{token}/{method}</c>.</summary>
public static class TelegramBotApi
{
    /// <summary>The URL of <paramref name="method"/> for the bot <paramref name="botToken"/> (secret: do not log it).</summary>
    public static Uri Method(Uri baseUrl, string botToken, string method)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new Uri($"{baseUrl.ToString().TrimEnd('/')}/bot{botToken}/{method}");
    }
}
