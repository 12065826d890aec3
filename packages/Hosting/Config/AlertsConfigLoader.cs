using System.Globalization;
using Trader.Domain;
using Trader.Hosting.Config.Yaml;
using Trader.Notifications;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config;

/// <summary>
/// Loads <c>config/alerts.yaml</c>: the channels' non-secret settings (Telegram's base URL, chat and allow-listed
/// chats, the webhook's URL), each channel's pace and the alert kinds it receives. The secrets (bot token, Discord
/// webhook URL) stay in the environment and still decide which channels are on, so one file serves every deployment;
/// a value the file gives wins over its variable. Every problem is reported at once as <c>file:line:col: message</c>.
/// </summary>
public static class AlertsConfigLoader
{
    private const string MaxAgeHours = "max_age_hours", StaleAfter = "stale_after", Telegram = "telegram", Discord = "discord", Webhook = "webhook";
    private const string BaseUrl = "base_url", ChatId = "chat_id", AllowedChatIds = "allowed_chat_ids", Url = "url", PerMinute = "per_minute", Kinds = "kinds";

    /// <summary>Where <c>trader notify</c> looks for the file, relative to its working directory.</summary>
    public const string DefaultPath = "config/alerts.yaml";

    /// <summary>The accepted top-level keys.</summary>
    public static IReadOnlyList<string> Keys { get; } = [MaxAgeHours, StaleAfter, Telegram, Discord, Webhook];

    private static readonly Dictionary<string, string[]> ChannelKeys = new()
    {
        [Telegram] = [BaseUrl, ChatId, AllowedChatIds, PerMinute, Kinds],
        [Discord] = [PerMinute, Kinds],
        [Webhook] = [Url, PerMinute, Kinds],
    };

    /// <summary>Reads <paramref name="path"/> and the environment through <paramref name="get"/>.</summary>
    /// <exception cref="ConfigException">The file is missing or invalid (every problem with its line), or a variable is malformed.</exception>
    public static AlertSettings Load(string path, Func<string, string?> get) => Parse(ConfigFile.ReadText(path, "alerts config"), path, get);

    /// <summary>Validates YAML text as if read from <paramref name="path"/>, with the environment read through <paramref name="get"/>.</summary>
    /// <exception cref="ConfigException">The text is invalid, or a variable is malformed; the message lists every problem.</exception>
    public static AlertSettings Parse(string yaml, string path, Func<string, string?> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        var reader = new ConfigReader(path);
        var file = Read(reader, yaml, get);
        reader.ThrowIfAny("alerts config");
        var (variables, channels, maxAge) = file!.Value;
        // The file's values take the place of their variables. The file shapes Telegram; the token turns it on.
        if (string.IsNullOrWhiteSpace(get("TELEGRAM_BOT_TOKEN"))) variables.Remove("TELEGRAM_CHAT_ID");
        var settings = AlertSettings.FromEnvironment(name => variables.TryGetValue(name, out var value) ? value : get(name));
        var policies = channels.ToDictionary(c => c.Key, c => new ChannelPolicy(c.Value.PerMinute ?? settings.Options.PerMinute, c.Value.Kinds));
        var options = settings.Options with { Channels = policies, MaxAge = maxAge ?? settings.Options.MaxAge };
        return settings with { Options = options };
    }

    // Per channel in the file: its pace (null: ALERT_PER_MINUTE or the default) and kinds (null: every kind).
    private static (Dictionary<string, string?> Variables, Dictionary<string, (int? PerMinute, HashSet<string>? Kinds)> Channels, TimeSpan? MaxAge)? Read(
        ConfigReader reader, string yaml, Func<string, string?> get)
    {
        var root = reader.OpenRoot(yaml, Keys, "alerts");
        if (root is null) return null;
        var variables = new Dictionary<string, string?>();
        var policies = new Dictionary<string, (int? PerMinute, HashSet<string>? Kinds)>();

        TimeSpan? maxAge = null;
        if (root.Value(MaxAgeHours) is not null && Positive(root, MaxAgeHours) is { } hours) maxAge = TimeSpan.FromHours(hours);
        if (root.Get<string>(StaleAfter, required: null) is { } stale)
        {
            if (DurationText.TryParse(stale) is { } age && age >= NotifierOptions.MinStaleAfter) variables["ALERT_STALE_AFTER"] = stale;
            else reader.Error(root.PositionOf(StaleAfter), $"'{StaleAfter}' must be a duration of at least {NotifierOptions.MinStaleAfter.TotalSeconds} s ({DurationText.Units}), e.g. 5m or 90s, got '{stale}'");
        }

        foreach (var channel in new[] { Telegram, Discord, Webhook })
        {
            if (root.Value(channel) is not { } node) continue;
            // `discord:` with nothing under it: the channel with its defaults.
            var section = ConfigReader.IsNull(node)
                ? new YamlSection(reader, new YamlMappingNode(), channel, ChannelKeys[channel], node.Start)
                : reader.Section(node, channel, ChannelKeys[channel]);
            if (section is null) continue;

            policies[channel] = (Positive(section, PerMinute), KindList(section));
            if (channel == Telegram) ReadTelegram(section, variables, get);
            if (channel == Webhook && UrlValue(section, Url) is { } url) variables["ALERT_WEBHOOK_URL"] = url;

            section.CheckUnknownKeys();
        }
        root.CheckUnknownKeys();
        return reader.Errors.Count > 0 ? null : (variables, policies, maxAge);
    }

    private static void ReadTelegram(YamlSection section, Dictionary<string, string?> variables, Func<string, string?> get)
    {
        if (UrlValue(section, BaseUrl) is { } baseUrl) variables["TELEGRAM_BASE_URL"] = baseUrl;
        if (section.Value(ChatId) is not null)
        {
            if (ChatIdText(section.Reader, section.Value(ChatId)!, section.PathOf(ChatId)) is { } chat) variables["TELEGRAM_CHAT_ID"] = chat;
        }
        else if (!string.IsNullOrWhiteSpace(get("TELEGRAM_BOT_TOKEN")) && string.IsNullOrWhiteSpace(get("TELEGRAM_CHAT_ID")))
        {
            section.Missing(ChatId, "the chat that receives alerts, e.g. -1001234567890 (or TELEGRAM_CHAT_ID in .env)");
        }
        if (section.Value(AllowedChatIds) is not { } allowed) return;
        if (allowed is not YamlSequenceNode list)
        {
            section.Reader.Error(allowed, $"'{section.PathOf(AllowedChatIds)}' must be a list of chat ids, e.g. [4242, -1001234567890], got {ConfigReader.Describe(allowed)}");
            return;
        }
        var ids = list.Children.Select(item => ChatIdText(section.Reader, item, section.PathOf(AllowedChatIds))).ToList();
        if (ids.All(id => id is not null)) variables["TELEGRAM_ALLOWED_CHAT_IDS"] = string.Join(",", ids);
    }

    // Telegram chat ids are whole numbers (negative for groups and channels); commands are matched against them.
    private static string? ChatIdText(ConfigReader reader, YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { } text } && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return text;
        reader.Error(node, $"'{path}' must be a Telegram chat id, a whole number such as 4242 or -1001234567890, got {ConfigReader.Describe(node)}");
        return null;
    }

    private static string? UrlValue(YamlSection section, string key)
    {
        if (section.Get<string>(key, required: null) is not { } text) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return text;
        section.Reader.Error(section.PositionOf(key), $"'{section.PathOf(key)}' must be an absolute http(s) URL, got '{text}'");
        return null;
    }

    private static int? Positive(YamlSection section, string key)
    {
        int? n = section.Get<int?>(key, required: null);
        if (n is <= 0) section.Reader.Error(section.PositionOf(key), $"'{section.PathOf(key)}' must be a whole number above 0, got {n}");
        return n is > 0 ? n : null;
    }

    private static HashSet<string>? KindList(YamlSection section)
    {
        if (section.Value(Kinds) is not { } node) return null;
        string example = $"a list of alert kinds: {string.Join(", ", AlertKinds.All)}";
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            section.Reader.Error(node, $"'{section.PathOf(Kinds)}' must be {example}; leave the key out for every kind, got {ConfigReader.Describe(node)}");
            return null;
        }
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } kind } && AlertKinds.All.Contains(kind)) kinds.Add(kind);
            else section.Reader.Error(item, $"unknown alert kind {ConfigReader.Describe(item)} in '{section.PathOf(Kinds)}'. Allowed: {string.Join(", ", AlertKinds.All)}." +
                (item is YamlScalarNode { Value: { } given } ? Suggest.Hint(given, AlertKinds.All) : ""));
        }
        return kinds;
    }
}
