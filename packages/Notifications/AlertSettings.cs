using System.Globalization;
using Trader.Domain;
using Trader.Notifications.Channels;

namespace Trader.Notifications;

/// <summary>
/// The alert channels and pacing, from environment variables (<c>.env</c> in compose); the secrets (bot token, webhook
/// URLs) never leave this record but into requests, and <see cref="ToString"/> shows none.
/// </summary>
/// <param name="TelegramBaseUrl">Bot API address (<c>TELEGRAM_BASE_URL</c>, default https://api.telegram.org).</param>
/// <param name="TelegramBotToken">Bot token (<c>TELEGRAM_BOT_TOKEN</c>); null: no Telegram.</param>
/// <param name="TelegramChatId">Chat that receives alerts (<c>TELEGRAM_CHAT_ID</c>).</param>
/// <param name="TelegramAllowedChatIds">Chats whose commands are obeyed (<c>TELEGRAM_ALLOWED_CHAT_IDS</c>, comma separated; default the alert chat).</param>
/// <param name="DiscordWebhookUrl">Discord webhook (<c>DISCORD_WEBHOOK_URL</c>); null: no Discord.</param>
/// <param name="WebhookUrl">Generic JSON webhook (<c>ALERT_WEBHOOK_URL</c>); null: none.</param>
/// <param name="Options">Pacing: <c>ALERT_PER_MINUTE</c> (per channel, default 20), <c>ALERT_MAX_AGE_HOURS</c> (default 24); <c>ALERT_STALE_AFTER</c> (default 5m).</param>
public sealed record AlertSettings(
    Uri TelegramBaseUrl, string? TelegramBotToken, string? TelegramChatId, IReadOnlySet<string> TelegramAllowedChatIds,
    Uri? DiscordWebhookUrl, Uri? WebhookUrl, NotifierOptions Options)
{
    /// <summary>The Bot API's public address.</summary>
    public static readonly Uri DefaultTelegramBaseUrl = new("https://api.telegram.org");

    /// <summary>True when at least one channel is configured.</summary>
    public bool HasChannels => TelegramBotToken is not null || DiscordWebhookUrl is not null || WebhookUrl is not null;

    /// <summary>Reads the variables through <paramref name="get"/>, checking every one.</summary>
    /// <exception cref="ConfigException">A variable is malformed or a needed companion is missing; the message names it (never its secret value).</exception>
    public static AlertSettings FromEnvironment(Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        var problems = new List<string>();
        string? Value(string name) => string.IsNullOrWhiteSpace(get(name)) ? null : get(name)!.Trim();
        Uri? Url(string name, bool secret)
        {
            if (Value(name) is not { } text) return null;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return url;
            problems.Add($"{name} must be an absolute http(s) URL{(secret ? "" : $", got '{text}'")}.");
            return null;
        }
        int Positive(string name, int fallback)
        {
            if (Value(name) is not { } text) return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0) return n;
            problems.Add($"{name} must be a whole number above 0, got '{text}'.");
            return fallback;
        }

        var baseUrl = Url("TELEGRAM_BASE_URL", secret: false) ?? DefaultTelegramBaseUrl;
        string? token = Value("TELEGRAM_BOT_TOKEN");
        string? chat = Value("TELEGRAM_CHAT_ID");
        if (token is not null && chat is null) problems.Add("TELEGRAM_BOT_TOKEN is set but TELEGRAM_CHAT_ID is not: set the chat that receives alerts.");
        if (token is null && chat is not null) problems.Add("TELEGRAM_CHAT_ID is set but TELEGRAM_BOT_TOKEN is not: set the bot's token.");
        var allowed = (Value("TELEGRAM_ALLOWED_CHAT_IDS") ?? chat ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var discord = Url("DISCORD_WEBHOOK_URL", secret: true);
        var webhook = Url("ALERT_WEBHOOK_URL", secret: true);
        var defaults = NotifierOptions.Default;
        var staleAfter = defaults.StaleAfter;
        if (Value("ALERT_STALE_AFTER") is { } staleText)
        {
            if (DurationText.TryParse(staleText) is { } stale && stale >= NotifierOptions.MinStaleAfter) staleAfter = stale;
            else problems.Add($"ALERT_STALE_AFTER must be a duration of at least {NotifierOptions.MinStaleAfter.TotalSeconds} s, e.g. 5m or 90s, got '{staleText}'.");
        }
        var options = defaults with
        {
            PerMinute = Positive("ALERT_PER_MINUTE", defaults.PerMinute),
            MaxAge = TimeSpan.FromHours(Positive("ALERT_MAX_AGE_HOURS", (int)defaults.MaxAge.TotalHours)),
            StaleAfter = staleAfter,
        };
        if (problems.Count > 0) throw new ConfigException("Alert settings: " + string.Join(" ", problems));
        return new AlertSettings(baseUrl, token, chat, allowed, discord, webhook, options);
    }

    /// <summary>The configured channels, sending through <paramref name="http"/>.</summary>
    public IReadOnlyList<IAlertChannel> Channels(HttpClient http)
    {
        var channels = new List<IAlertChannel>();
        if (TelegramBotToken is not null && TelegramChatId is not null) channels.Add(new TelegramChannel(http, TelegramBaseUrl, TelegramBotToken, TelegramChatId));
        if (DiscordWebhookUrl is not null) channels.Add(new DiscordChannel(http, DiscordWebhookUrl));
        if (WebhookUrl is not null) channels.Add(new WebhookChannel(http, WebhookUrl));
        return channels;
    }

    /// <summary>Which channels are on; never a token or URL.</summary>
    public override string ToString() =>
        $"alerts to {string.Join(", ", new[] { TelegramBotToken is null ? null : "telegram", DiscordWebhookUrl is null ? null : "discord", WebhookUrl is null ? null : "webhook" }.OfType<string>())}";
}
