using Trader.Domain;

namespace Trader.Notifications.Channels;

/// <summary>Telegram through the Bot API's <c>sendMessage</c> (plain HTTP): the alert's text to one chat.</summary>
/// <param name="http">The notifier's client.</param>
/// <param name="baseUrl">The Bot API's address, <c>https://api.telegram.org</c> unless configured.</param>
/// <param name="botToken">The bot's token (secret: part of the URL, never logged).</param>
/// <param name="chatId">Where alerts go.</param>
public sealed class TelegramChannel(HttpClient http, Uri baseUrl, string botToken, string chatId) : IAlertChannel
{
    /// <inheritdoc />
    public string Name => "telegram";

    /// <inheritdoc />
    public Task SendAsync(Alert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return JsonPost.SendAsync(http, Name, TelegramBotApi.Method(baseUrl, botToken, "sendMessage"),
            new Dictionary<string, object> { ["chat_id"] = chatId, ["text"] = AlertText.Of(alert) }, ct);
    }

    /// <summary>Never the token.</summary>
    public override string ToString() => $"telegram chat {chatId}";
}
