using Trader.Domain;

namespace Trader.Trader.Tests;

/// <summary>
/// Operator commands through the database, from the CLI to a real trader on the simulator: pause, force-exit,
/// reset-breaker, resume and stop, each applied once and honoured by the replay after a restart.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class ControlTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Control_PauseForceExitResetRestartResumeStop_TraderObeysOnceAndReplayHonoursIt()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);
        // Enters on most candles and never exits by itself; a drawdown of 0.1 % (the entry's fee and slippage are more)
        // trips the breaker soon after the first entry.
        var config = rig.WriteConfig("ctl", "paper", entry: "close > open", exit: "close < 0",
            risk: "{ stake: { fraction: 0.9 }, max_drawdown: 0.001 }");
        using var db = await rig.OpenDatabaseAsync();
        var first = rig.StartTrader(config);
        ControlCommand pause;
        try
        {
            await first.WaitForOutputAsync("Drawdown breaker tripped", 1, Limit);
            await WaitUntilAsync(async () => (await db.Trades.ListAsync("ctl", Ct)).Any(t => t.IsOpen), () => first.Output);

            pause = await ControlAsync(rig, "ctl", "pause", "applied: paused: no new entries, exits still managed");
            await ControlAsync(rig, "ctl", "force-exit", "applied: selling 1 open position(s) at market");
            await ControlAsync(rig, "ctl", "reset-breaker", "applied: reset the drawdown breaker");

            var forced = Assert.Single(await db.Trades.ListAsync("ctl", Ct));
            Assert.Equal("manual", forced.Exit?.Reason);
            int stepped = (await db.Equity.ListAsync("ctl", 0, long.MaxValue, Ct)).Count;
            await rig.WaitForStepsAsync(db, "ctl", stepped + 5, Limit, () => first.Output);
            Assert.Contains("paused by the operator", first.Output);
            Assert.Equal(0, await first.StopAsync(TimeSpan.FromSeconds(15)));
        }
        finally
        {
            await first.DisposeAsync();
        }

        // Restarted: the replay applies the pause, the force-exit and the reset where they were taken.
        await using var second = rig.StartTrader(config);
        await second.WaitForOutputAsync("Restored from this instance's history", 1, Limit);
        int restartedAt = (await db.Equity.ListAsync("ctl", 0, long.MaxValue, Ct)).Count;
        await rig.WaitForStepsAsync(db, "ctl", restartedAt + 3, Limit, () => second.Output);
        Assert.DoesNotContain(await db.Orders.ListAsync("ctl", Ct), o => o.Side == OrderSide.Buy && o.CreatedMs > pause.EffectiveOpenMs);

        // Resumed: entries come again, which the drawdown breaker would refuse had the replay not honoured its reset.
        var resume = await ControlAsync(rig, "ctl", "resume", "applied: resumed: entries allowed");
        await WaitUntilAsync(async () => (await db.Trades.ListAsync("ctl", Ct)).Any(t => t.IsOpen && t.EntryTimeMs > resume.EffectiveOpenMs),
            () => second.Output);
        Assert.Equal(2, (await db.Trades.ListAsync("ctl", Ct)).Count);

        // The same id again is the same command: its recorded result, nothing new written or applied.
        var (code, again) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "control", "ctl", "pause", "--id", pause.Id);
        Assert.Equal(0, code);
        Assert.Contains($"applied: paused: no new entries, exits still managed (command {pause.Id})", again);
        Assert.Equal(4, (await db.Controls.ListAsync("ctl", Ct)).Count);

        await ControlAsync(rig, "ctl", "stop", "applied: stopping");
        Assert.Equal(0, await second.StopAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(InstanceStatus.Stopped, (await db.Instances.GetAsync("ctl", Ct))!.Status);
        Assert.All(await db.Controls.ListAsync("ctl", Ct), c => Assert.Equal((ControlStatus.Applied, (string?)"cli:" + Environment.UserName), (c.Status, c.IssuedBy)));
    }

    [Fact]
    public async Task Control_UnknownInstanceOrAction_ExitsTwoAndWritesNothing()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60);
        var env = rig.Environment();

        var (unknownInstance, instanceOutput) = await TraderProcess.RunAsync(rig.Dir, env, "control", "ghost", "pause");
        var (unknownAction, actionOutput) = await TraderProcess.RunAsync(rig.Dir, env, "control", "ghost", "explode");

        Assert.Equal(2, unknownInstance);
        Assert.Contains("No instance 'ghost' in the database", instanceOutput);
        Assert.Equal(2, unknownAction);
        Assert.Contains("unknown action 'explode'; one of: pause, resume, force-exit, reset-breaker, stop", actionOutput);
        using var db = await rig.OpenDatabaseAsync();
        Assert.Empty(await db.Controls.ListAsync("ghost", Ct));
    }

    // Runs `trader control NAME ACTION`, checks it printed the expected outcome, and returns the recorded command.
    private static async Task<ControlCommand> ControlAsync(TraderRig rig, string name, string action, string expected)
    {
        var (code, output) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "control", name, action);
        Assert.True(code == 0, output);
        Assert.Contains($"{name}: {action} {expected}", output);
        string id = output[(output.LastIndexOf("(command ", StringComparison.Ordinal) + "(command ".Length)..].TrimEnd().TrimEnd(')');
        using var db = await rig.OpenDatabaseAsync();
        return (await db.Controls.GetAsync(id, Ct))!;
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
