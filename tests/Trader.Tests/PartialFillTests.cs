using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Trader.Tests;

/// <summary>
/// Live limit entries filled in parts, booked as they come: the simulator fills a resting limit order a quarter at a
/// time (<c>--limit-fill-share 0.25</c>, one part per candle trading through it), a live trader is killed with kill -9
/// right after it booked a part, restarted, and stopped. Live limit exits sold in parts, the rest at market at their timeout.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class PartialFillTests
{
    [Fact]
    public async Task Run_LimitEntriesFillInParts_EachPartBookedOnceAtItsStepWithTheStopCoveringTheLot()
    {
        const int speed = 60;
        await using var rig = await TraderRig.StartAsync(speed: speed, simOptions: ["--limit-fill-share", "0.25"]);
        // Three candles of rest: at most three quarters fill, so every entry that fills at all ends with its rest canceled.
        // A tight stop and target close lots often, so entries (on every rising candle) rest again and again.
        var config = rig.WriteConfig("live-p", "live", entry: "close > open", exit: "fast < slow",
            risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.002, take_profit: 0.0015 }", orders: "\nentry: { type: limit, offset: 0.0001, timeout_candles: 3 }\n");
        using var db = await rig.OpenDatabaseAsync();

        var first = rig.StartTrader(config, withKeys: true);
        var (killedAt, partsThen) = await WaitForPartAsync(db, "live-p", VenuePace.For(30, speed), () => first.Output);
        first.Kill();
        await first.DisposeAsync();

        await using var second = rig.StartTrader(config, withKeys: true);
        await second.WaitForOutputAsync("Restored from", 1, VenuePace.For(1, speed));
        await second.WaitForOutputAsync("] Candle ", 40, VenuePace.For(40, speed));
        Assert.Equal(0, await second.StopAsync(VenuePace.Stop(rig.Exchange)));

        // Every order at the simulator recorded once; every order's fill rows add up to its trades at the simulator; the
        // base held equals the booked buys less the booked sells; each trade's amount is what its entry's fills bought.
        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-p");
        await TraderRig.AssertSoundAsync(db);

        var orders = await db.Orders.ListAsync("live-p", CancellationToken.None);
        var trades = await db.Trades.ListAsync("live-p", CancellationToken.None);
        var stops = orders.Where(o => o.Type == OrderType.StopLossLimit).ToList();
        var market = SimMarket();
        int inParts = 0;
        foreach (var entry in orders.Where(o => o is { Side: OrderSide.Buy, Type: OrderType.Limit }))
        {
            var fills = await db.Fills.ListByOrderAsync(entry.ClientOrderId, CancellationToken.None);
            if (fills.Count == 0) continue;
            // One row per part, each at its own step, then the end's own fill if its cancel found trades no part had booked
            // (filled after the cancel's step, while the trader was down); the order row carries their sum.
            Assert.Equal(fills.Count, fills.Select(f => f.TimeMs).Distinct().Count());
            Assert.Equal(fills.Sum(f => f.Amount), entry.Filled);
            Assert.Equal(Enumerable.Range(1, fills.Count).Select(n => n < fills.Count || PartFillIds.IsPart(fills[^1].FillId) ? PartFillIds.Part(n) : PartFillIds.End(n - 1)),
                fills.Select(f => f.FillId));
            if (fills.Count >= 2) inParts++;
            // At the step of each part the lot's stop was (re)placed for everything the lot held then.
            var trade = trades.Single(t => t.EntryClientOrderId == entry.ClientOrderId);
            decimal held = 0m;
            long previous = long.MinValue;
            foreach (var part in fills)
            {
                held += part.Amount;
                if (trade.Exit is { } exit && exit.TimeMs <= part.TimeMs) break;
                // A part's stop goes on at its step (its time); the end's fill at the step of the cancel that found it.
                Assert.True(stops.Any(s => s.CreatedMs >= previous && s.CreatedMs <= part.TimeMs && market.RoundAmount(s.Amount) == market.RoundAmount(held)),
                    $"{entry.ClientOrderId}: no stop for {held} placed at {part.TimeMs}; stops: {string.Join(", ", stops.Select(s => $"{s.ClientOrderId} {s.Amount} {s.CreatedMs} {s.Status}"))}");
                previous = part.TimeMs;
            }
            // Three candles of rest cannot fill four quarters: the rest was canceled at the timeout (or before an exit).
            Assert.Equal(OrderStatus.Closed, entry.Status);
            Assert.Equal(trade.Amount, held);
        }
        Assert.True(inParts >= 1, $"expected an entry filled in two parts or more at different steps; {second.Output}");
        // The part booked before the kill is the same row after the restart (no part twice, none lost).
        var after = await db.Fills.ListByOrderAsync(killedAt, CancellationToken.None);
        Assert.Equal(partsThen, after.Take(partsThen.Count).ToList());
        Console.WriteLine($"partial fills: {orders.Count} orders, {inParts} entries filled in two parts or more, killed after {partsThen.Count} part(s) of {killedAt} (it ended with {after.Count})");
    }

    [Fact]
    public async Task Run_LimitExitsFillInParts_LotShrinksPartByPartAndTheRestSellsAtMarketAtTheTimeout()
    {
        const int speed = 60;
        await using var rig = await TraderRig.StartAsync(speed: speed, simOptions: ["--limit-fill-share", "0.25"]);
        // Three candles of rest cannot sell four quarters: every exit that sells at all sells its rest at market at the
        // timeout. Entries at market on rising candles, exits on falling ones; a wide stop leaves the exits to the limits.
        var config = rig.WriteConfig("live-x", "live", entry: "close > open", exit: "close < open",
            risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.05 }", orders: "\nexit: { type: limit, offset: 0.0001, timeout_candles: 3 }\n");
        using var db = await rig.OpenDatabaseAsync();

        await using var trader = rig.StartTrader(config, withKeys: true);
        await trader.WaitForOutputAsync("] Candle ", 60, VenuePace.For(60, speed));
        Assert.Equal(0, await trader.StopAsync(VenuePace.Stop(rig.Exchange)));

        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-x");
        await TraderRig.AssertSoundAsync(db);

        var orders = await db.Orders.ListAsync("live-x", CancellationToken.None);
        var atSim = await rig.Sim.OrdersAsync();
        var trades = await db.Trades.ListAsync("live-x", CancellationToken.None);
        var market = SimMarket();
        int inParts = 0;
        foreach (var exit in orders.Where(o => o is { Side: OrderSide.Sell, Type: OrderType.Limit }))
        {
            var fills = await db.Fills.ListByOrderAsync(exit.ClientOrderId, CancellationToken.None);
            // An exit still resting when the trader stopped has not ended yet.
            if (fills.Count == 0 || exit.Status == OrderStatus.Open) continue;
            // One row per part, each at its own step, then the end's: what no part sold plus the rest of the lot, sold at
            // market at the timeout as {exit id}r and booked with the exit; the order row carries their sum.
            Assert.Equal(fills.Count, fills.Select(f => f.TimeMs).Distinct().Count());
            Assert.Equal(fills.Sum(f => f.Amount), exit.Filled);
            Assert.Equal(Enumerable.Range(1, fills.Count).Select(n => n < fills.Count ? PartFillIds.Part(n) : PartFillIds.End(n - 1)), fills.Select(f => f.FillId));
            if (fills.Count >= 3) inParts++;
            Assert.Contains(atSim.EnumerateArray(), o => o.GetProperty("clientOrderId").GetString() == exit.ClientOrderId + "r" && o.GetProperty("type").GetString() == nameof(OrderType.Market));
            // The parts and the rest sell what the entry bought (down to the step: the dust of any sell); the round trip
            // closes over all of them.
            var trade = trades.Single(t => t.Exit?.ClientOrderId == exit.ClientOrderId);
            decimal sold = fills.Sum(f => f.Amount);
            Assert.Equal(market.RoundAmount(trade.Amount), sold);
            Assert.Equal(fills.Sum(f => f.Amount * f.Price) / sold, trade.Exit!.Price, 8);
        }
        Assert.True(inParts >= 1, $"expected an exit sold in two parts or more before its rest; {trader.Output}");
        // While a limit exit sold in parts, the lot shrank by each part (the engine's own line per part).
        Assert.Contains("(a part; ", trader.Output);
        Console.WriteLine($"partial exits: {orders.Count} orders, {trades.Count} trades, {inParts} exits sold in two parts or more before the rest");
    }

    private static Market SimMarket() => Simulator.SimMarkets.Create(TraderRig.Symbol, 17000);

    // Waits until an entry has a part booked (a fill row while the order is still open) and returns its fills then.
    private static async Task<(string Order, List<Fill> Fills)> WaitForPartAsync(Database.TradingDatabase db, string instance, TimeSpan limit, Func<string> diagnostics)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            foreach (var o in await db.Orders.ListAsync(instance, CancellationToken.None))
            {
                if (o is not { Status: OrderStatus.Open, Side: OrderSide.Buy, Filled: > 0m }) continue;
                return (o.ClientOrderId, (await db.Fills.ListByOrderAsync(o.ClientOrderId, CancellationToken.None)).ToList());
            }
            if (timeout.IsCancellationRequested) throw new TimeoutException($"{instance} booked no part within {limit}: {diagnostics()}");
            await Task.Delay(100);
        }
    }
}
