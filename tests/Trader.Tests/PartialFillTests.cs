using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Trader.Tests;

/// <summary>
/// Live limit entries filled in parts, booked as they come: the simulator fills a resting limit order a quarter at a
/// time (<c>--limit-fill-share 0.25</c>, one part per candle trading through it), a live trader is killed with kill -9
/// right after it booked a part, restarted, and stopped.
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
