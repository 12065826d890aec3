using Serilog.Core;
using Trader.Domain;
using Trader.Exchange;

namespace Trader.Trader.Tests;

/// <summary>
/// On Binance a lot with a take profit is protected by one OCO sell on the venue (a stop-limit leg at the stop, a
/// post-only leg at the target): real trader processes against ExchangeSim's Binance dialect.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class OcoTests
{
    private const double Speed = 120;

    [Fact]
    public async Task Run_TargetLegFillsAroundAKill_RestartBooksTheTakeProfitOnceAtTheLegsFill()
    {
        await using var rig = await TraderRig.StartAsync(speed: Speed, exchange: "binance");
        // Enters on the first rising candle and never exits by signal: a 0.1 % target these minutes reach long before the 2 % stop.
        var config = rig.WriteConfig("oco-k", "live", entry: "close > open", exit: "close < 0", risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.02, take_profit: 0.001 }");
        using var db = await rig.OpenDatabaseAsync();

        var first = rig.StartTrader(config, withKeys: true);
        var protection = await WaitForProtectionAsync(db, "oco-k", () => first.Output);
        first.Kill();
        await first.DisposeAsync();

        // One list of two legs at the venue, named after the protective order.
        using var http = new HttpClient();
        var settings = ExchangeSettings.FromEnvironment(name => rig.Environment(withKeys: true).GetValueOrDefault(name));
        var venue = ExchangeFactory.Create(rig.Exchange, settings, http, TimeProvider.System, Logger.None);
        var lists = venue.OrderLists!;
        var list = await lists.FetchOrderListAsync(TraderRig.Symbol, OrderRef.ByClientId(protection.ClientOrderId), CancellationToken.None);
        Assert.Equal(protection.ExchangeOrderId, "list:" + list.Id);
        Assert.Equal((protection.ClientOrderId + ".s", protection.ClientOrderId + ".t"), (list.StopLeg.ClientOrderId, list.LimitLeg.ClientOrderId));
        var entryFill = Assert.Single(await db.Fills.ListByOrderAsync(protection.EntryOrderId, CancellationToken.None));
        Assert.Equal(Math.Floor(entryFill.Price * 1.001m * 100) / 100, list.LimitLeg.Price);
        using (var timeout = new CancellationTokenSource(VenuePace.For(60, Speed)))
        {
            while (!list.IsDone)
            {
                await Task.Delay(250, timeout.Token);
                list = await lists.FetchOrderListAsync(TraderRig.Symbol, OrderRef.ByClientId(protection.ClientOrderId), CancellationToken.None);
            }
        }
        Assert.Equal((OrderStatus.Closed, OrderStatus.Expired), (list.LimitLeg.Status, list.StopLeg.Status));

        await using var second = rig.StartTrader(config, withKeys: true);
        await second.WaitForOutputAsync("Restored from", 1, VenuePace.For(1, Speed));
        await second.WaitForOutputAsync("] Candle ", 3, VenuePace.For(3, Speed));
        Assert.Equal(0, await second.StopAsync(VenuePace.Stop("binance")));

        // Booked once, as a take profit at the target leg's own fill; the list's expired stop leg is no reason to protect
        // the closed lot again.
        var trade = (await db.Trades.ListAsync("oco-k", CancellationToken.None)).Single(t => t.EntryClientOrderId == protection.EntryOrderId);
        Assert.NotNull(trade.Exit);
        Assert.Equal((protection.ClientOrderId, "take_profit"), (trade.Exit!.ClientOrderId, trade.Exit.Reason));
        Assert.Equal(list.LimitLeg.Price, trade.Exit.Price);
        var orders = await db.Orders.ListAsync("oco-k", CancellationToken.None);
        Assert.Equal(OrderStatus.Closed, orders.Single(o => o.ClientOrderId == protection.ClientOrderId).Status);
        Assert.DoesNotContain(orders, o => o.Status == OrderStatus.Expired);
        Assert.DoesNotContain(orders, o => o.ClientOrderId.EndsWith("-r", StringComparison.Ordinal));
        await SimulatorRecord.AssertMatchesAsync(rig, db, "oco-k");
    }

    [Fact]
    public async Task Run_SignalExit_CancelsTheListBeforeSelling()
    {
        await using var rig = await TraderRig.StartAsync(speed: Speed, exchange: "binance");
        // In on a rising candle, out on a falling one; stop and target far enough that only the signal closes.
        var config = rig.WriteConfig("oco-s", "live", entry: "close > open", exit: "close < open", risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.05, take_profit: 0.05 }");
        using var db = await rig.OpenDatabaseAsync();

        var trader = rig.StartTrader(config, withKeys: true);
        var protection = await WaitForProtectionAsync(db, "oco-s", () => trader.Output);
        Trade? closed = null;
        using (var timeout = new CancellationTokenSource(VenuePace.For(30, Speed)))
        {
            while (closed is null)
            {
                await Task.Delay(200, timeout.Token);
                closed = (await db.Trades.ListAsync("oco-s", CancellationToken.None)).FirstOrDefault(t => t.EntryClientOrderId == protection.EntryOrderId && t.Exit is not null);
            }
        }
        Assert.Equal(0, await trader.StopAsync(VenuePace.Stop("binance")));

        Assert.Equal("signal", closed.Exit!.Reason);
        Assert.Equal(OrderStatus.Canceled, (await db.Orders.GetAsync(protection.ClientOrderId, CancellationToken.None))!.Status);
        var legs = (await rig.Sim.OrdersAsync()).EnumerateArray().Where(o => o.GetProperty("clientOrderId").GetString()!.StartsWith(protection.ClientOrderId + ".", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, legs.Count);
        Assert.All(legs, leg => Assert.Equal("CANCELED", leg.GetProperty("status").GetString()));
        await SimulatorRecord.AssertMatchesAsync(rig, db, "oco-s");
    }

    private sealed record Protection(string ClientOrderId, string EntryOrderId, string ExchangeOrderId);

    // The first protective order recorded open, with the entry it protects (the only open trade at that moment).
    private static async Task<Protection> WaitForProtectionAsync(Database.TradingDatabase db, string instance, Func<string> diagnostics)
    {
        using var timeout = new CancellationTokenSource(VenuePace.For(5, Speed));
        while (true)
        {
            var stop = (await db.Orders.ListAsync(instance, CancellationToken.None)).FirstOrDefault(o => o.Type == OrderType.StopLossLimit && o.Status == OrderStatus.Open);
            var trade = (await db.Trades.ListAsync(instance, CancellationToken.None)).FirstOrDefault(t => t.Exit is null);
            if (stop is not null && trade is not null) return new Protection(stop.ClientOrderId, trade.EntryClientOrderId!, stop.ExchangeOrderId!);
            if (timeout.IsCancellationRequested) throw new TimeoutException($"{instance} placed no protection: {diagnostics()}");
            await Task.Delay(100);
        }
    }
}
