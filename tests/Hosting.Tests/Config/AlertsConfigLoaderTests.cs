using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Notifications;

namespace Trader.Hosting.Tests.Config;

public sealed class AlertsConfigLoaderTests : IDisposable
{
    private const string Token = "123456:secret-bot-token";
    private readonly TempConfig _files = new();

    public void Dispose() => _files.Dispose();

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static readonly Func<string, string?> TelegramAndDiscord =
        Env(("TELEGRAM_BOT_TOKEN", Token), ("DISCORD_WEBHOOK_URL", "https://discord.test/api/webhooks/1/hook-secret"), ("TELEGRAM_CHAT_ID", "111"));

    private static string[] Problems(string yaml, Func<string, string?> env)
    {
        var e = Assert.Throws<ConfigException>(() => AlertsConfigLoader.Parse(yaml, "alerts.yaml", env));
        var lines = e.Message.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal($"alerts.yaml: {lines.Length - 1} problem{(lines.Length == 2 ? "" : "s")} in the alerts config:", lines[0]);
        return lines[1..];
    }

    [Fact]
    public void Parse_EveryKey_FileValuesWinOverVariablesSecretsFromTheEnvironment()
    {
        const string yaml = """
            max_age_hours: 6
            stale_after: 90s
            telegram:
              base_url: http://127.0.0.1:9001
              chat_id: -1001234567890
              allowed_chat_ids: [4242, -1001234567890]
              per_minute: 10
            discord:
              kinds: [stop_hit, breaker_tripped]
            webhook:
              url: http://127.0.0.1:9002/hook
              per_minute: 120
              kinds: [failed]
            """;

        var settings = AlertsConfigLoader.Parse(yaml, "alerts.yaml", TelegramAndDiscord);

        Assert.Equal((new Uri("http://127.0.0.1:9001"), Token, "-1001234567890"), (settings.TelegramBaseUrl, settings.TelegramBotToken, settings.TelegramChatId));
        Assert.Equal(["-1001234567890", "4242"], settings.TelegramAllowedChatIds.Order());
        Assert.Equal(new Uri("https://discord.test/api/webhooks/1/hook-secret"), settings.DiscordWebhookUrl);
        Assert.Equal(new Uri("http://127.0.0.1:9002/hook"), settings.WebhookUrl);
        Assert.Equal((TimeSpan.FromHours(6), TimeSpan.FromSeconds(90)), (settings.Options.MaxAge, settings.Options.StaleAfter));
        var telegram = settings.Options.PolicyFor("telegram");
        Assert.Equal((10, true), (telegram.PerMinute, telegram.Wants(AlertKinds.Entry)));
        var discord = settings.Options.PolicyFor("discord");
        Assert.Equal((NotifierOptions.Default.PerMinute, true, false), (discord.PerMinute, discord.Wants(AlertKinds.StopHit), discord.Wants(AlertKinds.Entry)));
        var webhook = settings.Options.PolicyFor("webhook");
        Assert.Equal((120, true, false), (webhook.PerMinute, webhook.Wants(AlertKinds.Failed), webhook.Wants(AlertKinds.StopHit)));
        Assert.DoesNotContain("secret", settings.ToString());
    }

    [Fact]
    public void Parse_ChannelWithoutItsSecret_OffAndItsChatIdIgnored()
    {
        var settings = AlertsConfigLoader.Parse("telegram:\n  chat_id: 4242\ndiscord:\n", "alerts.yaml", Env(("ALERT_PER_MINUTE", "7")));

        Assert.False(settings.HasChannels);
        Assert.Equal(7, settings.Options.PolicyFor("discord").PerMinute);
    }

    [Fact]
    public void Load_ShippedFile_ValidWithTheExampleSecrets()
    {
        var settings = AlertsConfigLoader.Load(Trader.Testing.Repository.Path("config", "alerts.yaml"), TelegramAndDiscord);

        Assert.Equal("alerts to telegram, discord", settings.ToString());
        Assert.False(settings.Options.PolicyFor("discord").Wants(AlertKinds.Entry));
    }

    [Fact]
    public void Parse_SeveralProblems_EachAtItsLineNamingTheKey()
    {
        const string yaml = """
            max_age_hours: 0
            stale_after: 10s
            telegram:
              base_url: api.telegram.org
              allowed_chat_ids: [4242, me]
              per_minute: many
              token: abc
            discord:
              kinds: [stop_hit, breaker_tripd]
            webhook: [http://127.0.0.1]
            """;

        string[] expected =
        [
            "alerts.yaml:1:16: 'max_age_hours' must be a whole number above 0, got 0",
            "alerts.yaml:2:14: 'stale_after' must be a duration of at least 30 s (ms, s, m, h, d, w), e.g. 5m or 90s, got '10s'",
            "alerts.yaml:4:3: missing required key 'telegram.chat_id' under 'telegram': the chat that receives alerts, e.g. -1001234567890 (or TELEGRAM_CHAT_ID in .env)",
            "alerts.yaml:4:13: 'telegram.base_url' must be an absolute http(s) URL, got 'api.telegram.org'",
            "alerts.yaml:5:28: 'telegram.allowed_chat_ids' must be a Telegram chat id, a whole number such as 4242 or -1001234567890, got 'me'",
            "alerts.yaml:6:15: 'telegram.per_minute' must be a whole number, e.g. 14, got 'many'",
            "alerts.yaml:7:3: unknown key 'token' under 'telegram'. Allowed: base_url, chat_id, allowed_chat_ids, per_minute, kinds.",
            "alerts.yaml:9:21: unknown alert kind 'breaker_tripd' in 'discord.kinds'. Allowed: entry, exit, stop_hit, target_hit, breaker_tripped, started, stopped, failed, exchange_unreachable, daily_summary. Did you mean 'breaker_tripped'?",
            "alerts.yaml:10:10: 'webhook' must be a mapping of keys (url, per_minute, kinds), got a list",
        ];
        var problems = Problems(yaml, Env(("TELEGRAM_BOT_TOKEN", Token)));
        Assert.True(expected.SequenceEqual(problems), string.Join("\n", problems));
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var e = Assert.Throws<ConfigException>(() => AlertsConfigLoader.Load("/nonexistent/alerts.yaml", Env()));

        Assert.Contains("/nonexistent/alerts.yaml", e.Message);
    }
}
