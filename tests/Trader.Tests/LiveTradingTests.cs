namespace Trader.App.Tests;

/// <summary>Live instances against ExchangeSim over HTTP (a real trader process, a real simulator process, a real SQLite file).</summary>
public sealed class LiveTradingTests
{
    [Fact]
    public async Task Run_LiveAgainstSimulator_RecordsMatchSimulator()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        await using var trader = rig.StartTrader(rig.WriteConfig("live-a", "live"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        await rig.WaitForStepsAsync(db, "live-a", 40, TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-a");
        Assert.True(orders >= 2, $"expected the strategy to trade in 40 candles; it placed {orders} orders. {trader.Output}");
        var info = await db.Instances.GetAsync("live-a", CancellationToken.None);
        Assert.Equal(Core.Domain.InstanceStatus.Stopped, info!.Status);
    }

    [Fact]
    public async Task Run_KilledAtRandomPointsAndRestarted_NoDuplicateOrLostOrderAndPositionMatchesBalance()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        var config = rig.WriteConfig("live-k", "live");
        using var db = await rig.OpenDatabaseAsync();
        var random = new Random(20261121);
        for (int kill = 0; kill < 20; kill++)
        {
            var trader = rig.StartTrader(config, withKeys: true);
            // Random points: during start-up, warm-up, replay, a wait, or a step with its order in flight.
            await Task.Delay(random.Next(400, 2600));
            trader.Kill();
            await trader.DisposeAsync();
        }
        await using var last = rig.StartTrader(config, withKeys: true);
        int stepped = (await db.Equity.ListAsync("live-k", 0, long.MaxValue, CancellationToken.None)).Count;
        await rig.WaitForStepsAsync(db, "live-k", stepped + 10, TimeSpan.FromSeconds(120), () => last.Output);
        Assert.Equal(0, await last.StopAsync(TimeSpan.FromSeconds(10)));

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-k");
        Assert.True(orders >= 2, $"expected trading across the restarts; {orders} orders. {last.Output}");
        Assert.Equal("ok", await db.CheckIntegrityAsync(CancellationToken.None));
    }
}
