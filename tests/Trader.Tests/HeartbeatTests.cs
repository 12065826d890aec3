using Trader.Database;

namespace Trader.Trader.Tests;

/// <summary>
/// The heartbeat `trader health` and `status` read goes on while no candle comes: here the end of the simulator's data
/// in a fast replay, where the exchange's clock runs on and every fetch is empty.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class HeartbeatTests
{
    [Fact]
    public async Task Run_PastTheEndOfTheSimulatorsData_HeartbeatAdvancesWhileNoCandleComes()
    {
        // The bundled data ends with the candle opening 23:59: the trader warms up on the day's candles, then waits for
        // the next one, which never comes, while the simulator's clock runs on.
        await using var rig = await TraderRig.StartAsync(speed: 60, replayFrom: "2022-12-13T23:59:30Z");
        var config = rig.WriteConfig("paper-h", "paper");
        await using var trader = rig.StartTrader(config);
        await trader.WaitForOutputAsync("Warmed up on ", 1, TimeSpan.FromSeconds(90));
        using var db = await rig.OpenDatabaseAsync();

        // Written after the warm-up line, so every advance is a beat of the wait; two show that it goes on.
        long beat = await HeartbeatAsync(db);
        for (int advance = 0; advance < 2; advance++)
        {
            long seen = beat;
            await WaitUntilAsync(async () => (beat = await HeartbeatAsync(db)) > seen, "heartbeat advance", trader);
        }

        Assert.Empty(await db.Equity.ListAsync("paper-h", 0, long.MaxValue, CancellationToken.None));
        Assert.Equal(0, (await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config)).ExitCode);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<long> HeartbeatAsync(TradingDatabase db) =>
        (await db.Instances.GetAsync("paper-h", CancellationToken.None))!.HeartbeatMs;

    // Polls the database; the limit only bounds a broken run (the beat is due every 15 s).
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TraderProcess trader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            if (timeout.IsCancellationRequested || trader.HasExited) throw new TimeoutException($"no {what} within 90 s: {trader.Output}");
            await Task.Delay(200);
        }
    }
}
