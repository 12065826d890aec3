using Trader.Domain;

namespace Trader.Trader.Tests;

/// <summary>
/// Alerts from a real trader on the simulator through the outbox to fake Telegram, Discord and webhook servers on 127.0.0.1:
/// each event reaches each channel exactly once, also when the trader is killed after the event and before any send.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class AlertTests
{
    private const string BotToken = "123456:secret-bot-token";
    private const string HookSecret = "hook-secret-path";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);
    private static readonly string[] Channels = ["telegram", "discord", "webhook"];

    [Fact]
    public async Task Notify_TraderKilledBeforeSendThenRestarted_EveryEventOnceOnEveryChannel()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);
        await using var chat = new FakeChatServer();
        // Enters on most candles; a 0.1 % stop is hit often, and a 0.1 % drawdown (an entry's fee and slippage) trips the breaker.
        var config = rig.WriteConfig("alerting", "paper", entry: "close > open", exit: "close < 0",
            risk: "{ stake: { fraction: 0.9 }, stop_loss: 0.001, max_drawdown: 0.001 }");
        using var db = await rig.OpenDatabaseAsync();

        await using (var first = rig.StartTrader(config))
        {
            await WaitUntilAsync(async () =>
            {
                var kinds = (await db.Alerts.ListRecentAsync(1000, Ct)).Select(a => a.Event.Kind).ToHashSet();
                return kinds.Contains(AlertKinds.BreakerTripped) && kinds.Contains(AlertKinds.StopHit);
            }, () => first.Output);
            first.Kill();   // after the events, before any notifier sent them
        }
        await using var second = rig.StartTrader(config);
        await second.WaitForOutputAsync("Restored from this instance's history", 1, Limit);

        var env = new Dictionary<string, string>(rig.Environment())
        {
            ["TELEGRAM_BASE_URL"] = chat.BaseUrl,
            ["TELEGRAM_BOT_TOKEN"] = BotToken,
            ["TELEGRAM_CHAT_ID"] = "4242",
            ["DISCORD_WEBHOOK_URL"] = $"{chat.BaseUrl}/discord/{HookSecret}",
            ["ALERT_WEBHOOK_URL"] = $"{chat.BaseUrl}/webhook",
            ["ALERT_PER_MINUTE"] = "6000",
        };
        await using var notifier = TraderProcess.Start(rig.Dir, env, "notify");
        await rig.WaitForStepsAsync(db, "alerting", (await db.Equity.ListAsync("alerting", 0, long.MaxValue, Ct)).Count + 3, Limit, () => second.Output);
        Assert.Equal(0, await second.StopAsync(TimeSpan.FromSeconds(15)));
        await WaitUntilAsync(async () =>
        {
            foreach (var channel in Channels)
                if ((await db.Alerts.UndeliveredAsync(channel, 1, Ct)).Count > 0) return false;
            return true;
        }, () => notifier.Output);
        Assert.Equal(0, await notifier.StopAsync(TimeSpan.FromSeconds(15)));

        var outbox = (await db.Alerts.ListRecentAsync(1000, Ct)).OrderBy(a => a.Seq).ToList();
        // One alert per filled order, per start and the stop, and per breaker trip: the replay after the kill added none.
        var filled = (await db.Orders.ListAsync("alerting", Ct)).Where(o => o.Status == OrderStatus.Closed).ToList();
        Assert.Equal(filled.Select(o => "fill:" + o.ClientOrderId).Order(), outbox.Where(a => a.Event.Key.StartsWith("fill:")).Select(a => a.Event.Key).Order());
        Assert.Equal(2, outbox.Count(a => a.Event.Kind == AlertKinds.Started));
        Assert.Single(outbox, a => a.Event.Kind == AlertKinds.Stopped);
        Assert.Single(outbox, a => a.Event.Kind == AlertKinds.BreakerTripped);
        Assert.Contains(outbox, a => a.Event.Kind == AlertKinds.StopHit && a.Event.Text.Contains("because stop_loss"));

        // Each channel got each alert exactly once (the first request of each was refused and retried).
        Assert.Equal(outbox.Select(a => a.Event.Key), chat.Accepted("webhook").Select(b => b.GetProperty("id").GetString()));
        var texts = outbox.Select(a => $"[{a.Event.Instance}] {a.Event.Kind}: {a.Event.Text}").ToList();
        Assert.Equal(texts, chat.Accepted("telegram").Select(b => b.GetProperty("text").GetString()));
        Assert.All(chat.Accepted("telegram"), b => Assert.Equal("4242", b.GetProperty("chat_id").GetString()));
        Assert.Equal(texts, chat.Accepted("discord").Select(b => b.GetProperty("content").GetString()));
        Assert.Contains("retrying in", notifier.Output);

        // Secrets never reach a log.
        string logs = notifier.Output + second.Output + string.Join("", Directory.GetFiles(Path.Combine(rig.Dir, "logs"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("secret-bot-token", logs);
        Assert.DoesNotContain(HookSecret, logs);
    }

    [Fact]
    public async Task Notify_TwoTradersKilledAfterTheirEvents_EachRoutedAlertOnceAndAFailedAlertPerDeadInstance()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);
        await using var chat = new FakeChatServer();
        var alerting = rig.WriteConfig("alerting", "paper", entry: "close > open", exit: "close < 0",
            risk: "{ stake: { fraction: 0.9 }, stop_loss: 0.001, max_drawdown: 0.001 }");
        var quiet = rig.WriteConfig("quiet", "paper");
        // config/alerts.yaml in the notifier's working directory: Telegram gets stops, breakers and deaths, the webhook
        // breakers and deaths only; the token stays in the environment.
        Directory.CreateDirectory(Path.Combine(rig.Dir, "config"));
        File.WriteAllText(Path.Combine(rig.Dir, "config", "alerts.yaml"), $"""
            stale_after: 30s
            telegram:
              base_url: {chat.BaseUrl}
              chat_id: 4242
              per_minute: 6000
              kinds: [stop_hit, breaker_tripped, failed]
            webhook:
              url: {chat.BaseUrl}/webhook
              per_minute: 6000
              kinds: [breaker_tripped, failed]
            """);
        using var db = await rig.OpenDatabaseAsync();

        await using (var first = rig.StartTrader(alerting))
        await using (var second = rig.StartTrader(quiet))
        {
            await WaitUntilAsync(async () =>
            {
                var kinds = (await db.Alerts.ListRecentAsync(1000, Ct)).Where(a => a.Event.Instance == "alerting").Select(a => a.Event.Kind).ToHashSet();
                return kinds.Contains(AlertKinds.BreakerTripped) && kinds.Contains(AlertKinds.StopHit);
            }, () => first.Output);
            await rig.WaitForStepsAsync(db, "quiet", 2, Limit, () => second.Output);
            // kill -9 both, after the events and before any notifier sent them: neither can write its own "failed".
            first.Kill();
            second.Kill();
        }
        Assert.DoesNotContain(await db.Alerts.ListRecentAsync(1000, Ct), a => a.Event.Kind == AlertKinds.Failed);

        var env = new Dictionary<string, string>(rig.Environment()) { ["TELEGRAM_BOT_TOKEN"] = BotToken };
        await using var notifier = TraderProcess.Start(rig.Dir, env, "notify");
        await WaitUntilAsync(async () =>
        {
            var outbox = await db.Alerts.ListRecentAsync(1000, Ct);
            if (outbox.Count(a => a.Event.Kind == AlertKinds.Failed) < 2) return false;
            foreach (var channel in new[] { "telegram", "webhook" })
                if ((await db.Alerts.UndeliveredAsync(channel, 1, Ct)).Count > 0) return false;
            return true;
        }, () => notifier.Output);
        Assert.Equal(0, await notifier.StopAsync(TimeSpan.FromSeconds(15)));

        var all = (await db.Alerts.ListRecentAsync(1000, Ct)).OrderBy(a => a.Seq).ToList();
        var failed = all.Where(a => a.Event.Kind == AlertKinds.Failed).ToList();
        Assert.Equal(["alerting", "quiet"], failed.Select(a => a.Event.Instance).Order());
        Assert.All(failed, a => Assert.Contains("no heartbeat since", a.Event.Text));
        Assert.Single(all, a => a.Event.Kind == AlertKinds.BreakerTripped);
        // Each channel got exactly the alerts of its kinds, each once (the first request of each was refused and retried).
        var toTelegram = all.Where(a => a.Event.Kind is AlertKinds.StopHit or AlertKinds.BreakerTripped or AlertKinds.Failed).ToList();
        Assert.Contains(toTelegram, a => a.Event.Kind == AlertKinds.StopHit);
        Assert.Equal(toTelegram.Select(a => $"[{a.Event.Instance}] {a.Event.Kind}: {a.Event.Text}"),
            chat.Accepted("telegram").Select(b => b.GetProperty("text").GetString()));
        Assert.Equal(all.Where(a => a.Event.Kind is AlertKinds.BreakerTripped or AlertKinds.Failed).Select(a => a.Event.Key),
            chat.Accepted("webhook").Select(b => b.GetProperty("id").GetString()));
        Assert.DoesNotContain("secret-bot-token", notifier.Output);
    }

    [Fact]
    public async Task Notify_NoChannelConfigured_ExitsTwoSayingWhatToSet()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);

        var (code, output) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "notify");

        Assert.Equal(2, code);
        Assert.Contains("no alert channel configured; set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID, DISCORD_WEBHOOK_URL or ALERT_WEBHOOK_URL", output);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> diagnostics)
    {
        using var timeout = new CancellationTokenSource(Limit);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"condition not met within {Limit}: {diagnostics()}");
            await Task.Delay(200);
        }
    }
}
