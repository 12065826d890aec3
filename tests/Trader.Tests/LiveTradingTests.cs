namespace Trader.Trader.Tests;

/// <summary>Live instances against ExchangeSim over HTTP (a real trader process, a real simulator process, a real SQLite file).</summary>
[Collection(TraderRig.Collection)]
public sealed class LiveTradingTests
{
    [Theory]
    [InlineData("binance")]
    [InlineData("bybit")]
    [InlineData("coinbase")]
    public async Task Run_LiveAgainstSimulator_RecordsMatchSimulator(string exchange)
    {
        await using var rig = await TraderRig.StartAsync(speed: 120, exchange: exchange);
        await using var trader = rig.StartTrader(rig.WriteConfig("live-a", "live"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        await rig.WaitForStepsAsync(db, "live-a", 40, TimeSpan.FromSeconds(120), () => trader.Output);
        var config = Path.Combine(rig.Dir, "live-a.yaml");
        Assert.Equal(0, (await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config)).ExitCode);
        Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, (await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config)).ExitCode);
        var (statusCode, status) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "status");
        Assert.Equal(0, statusCode);
        Assert.Matches($@"live-a\s+live\s+stopped\s+{exchange} BTC/BUSD 1m", status);

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-a");
        Assert.True(orders >= 2, $"expected the strategy to trade in 40 candles; it placed {orders} orders. {trader.Output}");
        var info = await db.Instances.GetAsync("live-a", CancellationToken.None);
        Assert.Equal(Domain.InstanceStatus.Stopped, info!.Status);
    }

    [Theory]
    [InlineData("binance", false)]
    [InlineData("bybit", false)]
    [InlineData("coinbase", false)]
    // Limit entries and exits resting on the venue as well: kills land with limit orders placed, resting, filled and canceled.
    [InlineData("binance", true)]
    public async Task Run_KilledAtRandomPointsAndRestarted_NoDuplicateOrLostOrderAndPositionMatchesBalance(string exchange, bool limits)
    {
        // Reconciliation by client order id (Binance's newClientOrderId, Bybit's orderLinkId, Coinbase's client_order_id) after each kill -9.
        await using var rig = await TraderRig.StartAsync(speed: 120, exchange: exchange);
        // Enters on every rising candle and leaves on every falling one: many orders, so kills land near them.
        // A tight trailing stop under the fixed one: the stop rests from the entry, moves up with the price and fills often,
        // so kills land with protective orders placed, moved, canceled and filled.
        var config = rig.WriteConfig("live-k", "live", entry: "close > open", exit: "close < open",
            risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.002, trailing_stop: 0.0015, take_profit: 0.006 }", orders: limits ? TraderRig.LimitOrders : "");
        // Injected 429s, 503s and dropped connections (some after the order went in) on top of the kills.
        await rig.Sim.SetFaultsAsync(rate429: 0.03, rate5xx: 0.03, rateDrop: 0.03, seed: 7);
        using var db = await rig.OpenDatabaseAsync();
        var random = new Random(20261121);
        for (int kill = 0; kill < 20; kill++)
        {
            var trader = rig.StartTrader(config, withKeys: true);
            // Every other run is first let reach its candles, however long start-up takes on a loaded machine, so kills
            // land in steps with orders in flight whatever the machine's speed.
            if (kill % 2 == 1) await trader.WaitForOutputAsync("] Candle ", 1, TimeSpan.FromSeconds(120));
            // Random points: during start-up, warm-up, replay, a wait, or a step with its order in flight.
            await Task.Delay(random.Next(500, 3500));
            trader.Kill();
            await trader.DisposeAsync();
        }
        await using var last = rig.StartTrader(config, withKeys: true);
        // Past the catch-up: ten candles stepped as they closed.
        await last.WaitForOutputAsync("] Candle ", 10, TimeSpan.FromSeconds(120));
        Assert.Equal(0, await last.StopAsync(TimeSpan.FromSeconds(10)));

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-k");
        Assert.True(orders >= 10, $"expected trading across the restarts; {orders} orders. {last.Output}");
        await TraderRig.AssertSoundAsync(db);
        // The restarts really rebuilt state from history (not twenty fresh starts).
        var log = await File.ReadAllTextAsync(Path.Combine(rig.Dir, "logs", "live-k.log"));
        int restores = log.Split("Restored from").Length - 1;
        Assert.True(restores >= 1, $"expected restarts to replay history; {restores} did");
        var recorded = await db.Orders.ListAsync("live-k", CancellationToken.None);
        var stops = recorded.Where(o => o.Type == Domain.OrderType.StopLossLimit).ToList();
        Assert.True(stops.Count >= 5, $"expected protective stops in flight across the kills; {stops.Count} were placed");
        var limitOrders = recorded.Where(o => o.Type is Domain.OrderType.Limit or Domain.OrderType.LimitMaker).ToList();
        if (limits)
        {
            Assert.True(limitOrders.Count(o => o.Status == Domain.OrderStatus.Closed) >= 3 && limitOrders.Any(o => o.Status == Domain.OrderStatus.Canceled),
                $"expected limit orders filled and canceled across the kills; {limitOrders.Count} were placed");
            Assert.DoesNotContain(recorded, o => o.Type == Domain.OrderType.Market && o.Side == Domain.OrderSide.Buy);
        }
        Console.WriteLine($"kill test ({exchange}{(limits ? ", limit orders" : "")}): {orders} orders ({stops.Count} stops: {stops.Count(o => o.Status == Domain.OrderStatus.Closed)} filled, " +
            $"{stops.Count(o => o.Status == Domain.OrderStatus.Canceled)} canceled, " +
            $"{stops.Count(o => o.Status == Domain.OrderStatus.Rejected)} refused by the venue; {limitOrders.Count} limit orders: " +
            $"{limitOrders.Count(o => o.Status == Domain.OrderStatus.Closed)} filled, {limitOrders.Count(o => o.Status == Domain.OrderStatus.Canceled)} canceled, " +
            $"{limitOrders.Count(o => o.Status == Domain.OrderStatus.Rejected)} refused, {limitOrders.Count(o => o.Status == Domain.OrderStatus.Open)} resting at the end), " +
            $"{restores} restores, {log.Split("not sending it again").Length - 1} orders found already placed; 0 duplicate orders, 0 naked positions, 0 lost fills (record check passed)");
    }
}
