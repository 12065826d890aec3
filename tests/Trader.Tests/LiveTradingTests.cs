namespace Trader.Trader.Tests;

/// <summary>Live instances against ExchangeSim over HTTP (a real trader process, a real simulator process, a real SQLite file).</summary>
[Collection(TraderRig.Collection)]
public sealed class LiveTradingTests
{
    // Kraken's budgets, all of them to the one trader (weight share 1): public calls about one a second, private ones a
    // decaying counter of 15 draining one call per 3 s, and the simulator's 15 calls per 15 s over both. An entry with
    // its stop costs about 11 private calls, so the trader keeps up with a candle every 6 s (speed 10), and a stop
    // request may wait for the step under way to finish its orders (StopGate): up to a minute.
    [Theory]
    [InlineData("binance", 120, null, 40)]
    [InlineData("bybit", 120, null, 40)]
    [InlineData("coinbase", 120, null, 40)]
    [InlineData("kraken", 10, 1.0, 25)]
    public async Task Run_LiveAgainstSimulator_RecordsMatchSimulator(string exchange, double speed, double? weightShare, int candles)
    {
        await using var rig = await TraderRig.StartAsync(speed: speed, exchange: exchange, weightShare: weightShare);
        await using var trader = rig.StartTrader(rig.WriteConfig("live-a", "live"), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        await rig.WaitForStepsAsync(db, "live-a", candles, VenuePace.For(candles, speed), () => trader.Output);
        var config = Path.Combine(rig.Dir, "live-a.yaml");
        Assert.Equal(0, (await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config)).ExitCode);
        Assert.Equal(0, await trader.StopAsync(VenuePace.Stop(exchange)));
        Assert.Equal(1, (await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config)).ExitCode);
        var (statusCode, status) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "status");
        Assert.Equal(0, statusCode);
        Assert.Matches($@"live-a\s+live\s+stopped\s+{exchange} BTC/BUSD 1m", status);

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-a");
        Assert.True(orders >= 2, $"expected the strategy to trade in {candles} candles; it placed {orders} orders. {trader.Output}");
        var info = await db.Instances.GetAsync("live-a", CancellationToken.None);
        Assert.Equal(Domain.InstanceStatus.Stopped, info!.Status);
    }

    // Post-only limit entries and exits on every venue, each sent as the venue's own post-only order (Binance LIMIT_MAKER,
    // Bybit timeInForce PostOnly, Coinbase post_only, Kraken oflags=post). Kraken's row runs at the pace of its kill-test
    // row: a limit order is placed, checked at each close and canceled at its timeout, all on the private counter.
    [Theory]
    [InlineData("binance", 120, null, 40)]
    [InlineData("bybit", 120, null, 40)]
    [InlineData("coinbase", 120, null, 40)]
    [InlineData("kraken", 5, 1.0, 15)]
    public async Task Run_LiveWithPostOnlyLimitEntriesAndExits_RecordsMatchTheVenue(string exchange, double speed, double? weightShare, int candles)
    {
        await using var rig = await TraderRig.StartAsync(speed: speed, exchange: exchange, weightShare: weightShare);
        await using var trader = rig.StartTrader(rig.WriteConfig("live-p", "live", entry: "close > open", exit: "close < open", orders: TraderRig.PostOnlyLimitOrders), withKeys: true);
        using var db = await rig.OpenDatabaseAsync();

        await rig.WaitForStepsAsync(db, "live-p", candles, VenuePace.For(candles, speed), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(VenuePace.Stop(exchange)));

        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-p");
        var orders = await db.Orders.ListAsync("live-p", CancellationToken.None);
        // Entries and signal exits went out as post-only limit orders (a target or a stop reached at a close sells at
        // market, the documented rule): entries filled as makers, and the venue took post-only exits (Kraken's few
        // candles may end them all at their timeout).
        Assert.DoesNotContain(orders, o => o.Type == Domain.OrderType.Limit || o is { Type: Domain.OrderType.Market, Side: Domain.OrderSide.Buy });
        Assert.Contains(orders, o => o is { Type: Domain.OrderType.LimitMaker, Side: Domain.OrderSide.Buy, Status: Domain.OrderStatus.Closed });
        Assert.Contains(orders, o => o is { Type: Domain.OrderType.LimitMaker, Side: Domain.OrderSide.Sell, ExchangeOrderId: not null });
        var makers = orders.Where(o => o.Type == Domain.OrderType.LimitMaker).ToList();
        Console.WriteLine($"post-only limits ({exchange}): {makers.Count} post-only orders: {makers.Count(o => o.Status == Domain.OrderStatus.Closed)} filled, " +
            $"{makers.Count(o => o.Status == Domain.OrderStatus.Canceled)} canceled, {makers.Count(o => o.Status == Domain.OrderStatus.Rejected)} refused as taking, " +
            $"{makers.Count(o => o.Status == Domain.OrderStatus.Open)} resting at the end; {orders.Count(o => o.Type == Domain.OrderType.StopLossLimit)} stops");
    }

    // Kraken: an entry with its stop takes about 11 private calls of a counter that frees one per 3 s, so a trader that
    // trades every candle and moves its stop on most could never catch up with its decisions between kills. Its row
    // trades the EMA crossover with a fixed stop and target (stops placed, canceled by exits, filled; no moves) at a
    // candle per 12 s.
    [Theory]
    [InlineData("binance", 120, null, true, 10, 5, false)]
    [InlineData("bybit", 120, null, true, 10, 5, false)]
    [InlineData("coinbase", 120, null, true, 10, 5, false)]
    [InlineData("kraken", 5, 1.0, false, 4, 2, false)]
    // Limit entries and exits resting on the venue as well: kills land with limit orders placed, resting, filled and canceled.
    [InlineData("binance", 120, null, true, 10, 5, true)]
    public async Task Run_KilledAtRandomPointsAndRestarted_NoDuplicateOrLostOrderAndPositionMatchesBalance(
        string exchange, double speed, double? weightShare, bool everyCandle, int minOrders, int minStops, bool limits)
    {
        // Reconciliation by client order id (Binance's newClientOrderId, Bybit's orderLinkId, Coinbase's client_order_id,
        // Kraken's cl_ord_id) after each kill -9.
        await using var rig = await TraderRig.StartAsync(speed: speed, exchange: exchange, weightShare: weightShare);
        // Enters on every rising candle and leaves on every falling one: many orders, so kills land near them.
        // A tight trailing stop under the fixed one: the stop rests from the entry, moves up with the price and fills often,
        // so kills land with protective orders placed, moved, canceled and filled.
        string orderTypes = limits ? TraderRig.LimitOrders : "";
        var config = everyCandle
            ? rig.WriteConfig("live-k", "live", entry: "close > open", exit: "close < open",
                risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.002, trailing_stop: 0.0015, take_profit: 0.006 }", orders: orderTypes)
            : rig.WriteConfig("live-k", "live", risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.002, take_profit: 0.004 }", orders: orderTypes);
        // Injected 429s, 503s and dropped connections (some after the order went in) on top of the kills.
        await rig.Sim.SetFaultsAsync(rate429: 0.03, rate5xx: 0.03, rateDrop: 0.03, seed: 7);
        using var db = await rig.OpenDatabaseAsync();
        var random = new Random(20261121);
        for (int kill = 0; kill < 20; kill++)
        {
            var trader = rig.StartTrader(config, withKeys: true);
            // Every other run is first let reach its candles, however long start-up takes on a loaded machine, so kills
            // land in steps with orders in flight whatever the machine's speed.
            if (kill % 2 == 1) await trader.WaitForOutputAsync("] Candle ", 1, VenuePace.For(1, speed));
            // Random points: during start-up, warm-up, replay, a wait, or a step with its order in flight.
            await Task.Delay(random.Next(500, 3500));
            trader.Kill();
            await trader.DisposeAsync();
        }
        await using var last = rig.StartTrader(config, withKeys: true);
        // Past the catch-up: ten candles stepped as they closed.
        await last.WaitForOutputAsync("] Candle ", 10, VenuePace.For(10, speed));
        Assert.Equal(0, await last.StopAsync(VenuePace.Stop(exchange)));

        int orders = await SimulatorRecord.AssertMatchesAsync(rig, db, "live-k");
        Assert.True(orders >= minOrders, $"expected trading across the restarts; {orders} orders. {last.Output}");
        await TraderRig.AssertSoundAsync(db);
        // The restarts really rebuilt state from history (not twenty fresh starts).
        var log = await File.ReadAllTextAsync(Path.Combine(rig.Dir, "logs", "live-k.log"));
        int restores = log.Split("Restored from").Length - 1;
        Assert.True(restores >= 1, $"expected restarts to replay history; {restores} did");
        var recorded = await db.Orders.ListAsync("live-k", CancellationToken.None);
        var stops = recorded.Where(o => o.Type == Domain.OrderType.StopLossLimit).ToList();
        Assert.True(stops.Count >= minStops, $"expected protective stops in flight across the kills; {stops.Count} were placed");
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
