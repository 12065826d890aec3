using Trader.Domain;

namespace Trader.Trader.Tests;

/// <summary>Operator commands from Telegram (getUpdates against a fake Bot API on 127.0.0.1) reach a real trader, from allow-listed chats only.</summary>
[Collection(TraderRig.Collection)]
public sealed class TelegramCommandTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Notify_PauseFromAllowedChat_AppliedAndAnswered_OtherChatIgnored()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);
        await using var chat = new FakeChatServer(refuseFirst: false);
        using var db = await rig.OpenDatabaseAsync();
        await using var trader = rig.StartTrader(rig.WriteConfig("tg", "paper"));
        await rig.WaitForStepsAsync(db, "tg", 2, Limit, () => trader.Output);
        var env = new Dictionary<string, string>(rig.Environment())
        {
            ["TELEGRAM_BASE_URL"] = chat.BaseUrl,
            ["TELEGRAM_BOT_TOKEN"] = "654321:another-secret-token",
            ["TELEGRAM_CHAT_ID"] = "4242",
            ["TELEGRAM_ALLOWED_CHAT_IDS"] = "4242, 77",
        };
        await using var notifier = TraderProcess.Start(rig.Dir, env, "notify");

        chat.Say(9999, "/stop tg");
        chat.Say(4242, "/pause tg");

        using (var timeout = new CancellationTokenSource(Limit))
        {
            while (!chat.Accepted("telegram").Any(m => m.GetProperty("text").GetString()!.StartsWith("tg: pause applied", StringComparison.Ordinal)))
            {
                Assert.False(timeout.IsCancellationRequested, notifier.Output + trader.Output);
                await Task.Delay(200);
            }
        }
        var command = Assert.Single(await db.Controls.ListAsync("tg", Ct));
        Assert.Equal((ControlAction.Pause, ControlStatus.Applied, "telegram:4242", "telegram:2"), (command.Action, command.Status, command.IssuedBy, command.Id));
        Assert.Contains("Ignored a Telegram message from chat 9999", notifier.Output);
        Assert.False(trader.HasExited);
        Assert.DoesNotContain("another-secret-token", notifier.Output);
        Assert.Equal(0, await notifier.StopAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(15)));
    }
}
