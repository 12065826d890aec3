using Serilog.Core;
using Trader.Domain;
using Trader.Exchange;

namespace Trader.Trader.Tests;

/// <summary>
/// The stop held by the exchange protects a live position while the trader is down: a real trader process is killed
/// with its position open and its stop resting on ExchangeSim, the price falls through the stop, and the restarted
/// trader books the stop's own fill (once, at the venue's price) instead of selling again.
/// </summary>
[Collection(TraderRig.Collection)]
public sealed class ProtectiveStopTests
{
    [Theory]
    [InlineData("binance", 120, null)]
    [InlineData("bybit", 120, null)]
    [InlineData("coinbase", 120, null)]
    [InlineData("kraken", 10, 1.0)]
    public async Task Run_StopFillsWhileTraderKilled_RestartBooksTheStopsFillOnceAtTheDocumentedPrice(string exchange, double speed, double? weightShare)
    {
        await using var rig = await TraderRig.StartAsync(speed: speed, exchange: exchange, weightShare: weightShare);
        // Enters on the first rising candle and never exits by signal: only the 0.1 % stop can close the position.
        var config = rig.WriteConfig("live-g", "live", entry: "close > open", exit: "close < 0", risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.001 }");
        using var db = await rig.OpenDatabaseAsync();

        var first = rig.StartTrader(config, withKeys: true);
        var stop = await WaitForRestingStopAsync(db, "live-g", VenuePace.For(5, speed), () => first.Output);
        first.Kill();
        await first.DisposeAsync();

        using var http = new HttpClient();
        var settings = ExchangeSettings.FromEnvironment(name => rig.Environment(withKeys: true).GetValueOrDefault(name));
        var venue = ExchangeFactory.Create(rig.Exchange, settings, http, TimeProvider.System, Logger.None);
        var filled = await WaitForFillAsync(venue, stop.ClientOrderId, VenuePace.For(60, speed));

        await using var second = rig.StartTrader(config, withKeys: true);
        await second.WaitForOutputAsync("Restored from", 1, VenuePace.For(1, speed));
        await second.WaitForOutputAsync("] Candle ", 3, VenuePace.For(3, speed));
        Assert.Equal(0, await second.StopAsync(VenuePace.Stop(exchange)));

        // Booked once, as the lot's exit, at the venue's fill; no second sell of the lot (the record check counts them).
        var trades = await db.Trades.ListAsync("live-g", CancellationToken.None);
        var trade = trades.Single(t => t.EntryClientOrderId == stop.EntryOrderId);
        Assert.NotNull(trade.Exit);
        Assert.Equal(stop.ClientOrderId, trade.Exit!.ClientOrderId);
        Assert.Equal("stop_loss", trade.Exit.Reason);
        Assert.Equal(filled.Cost / filled.Filled, trade.Exit.Price);

        // The documented rule over the stored candles: the first candle that reaches the stop, from the one during which
        // the stop was placed on, fills it at the stop, or at its open when it opened below the stop (not below the limit here).
        var tf = Timeframe.M1;
        var candles = await db.Candles.ReadRangeAsync(new SeriesKey(exchange, TraderRig.Symbol, tf), tf.FloorMs(filled.TimestampMs), long.MaxValue, CancellationToken.None);
        decimal stopPrice = filled.StopPrice!.Value;
        var hit = candles.First(c => tf.CloseTimeMs(c.OpenTimeMs) > filled.TimestampMs && (decimal)c.Low <= stopPrice);
        var market = (await venue.LoadMarketsAsync(CancellationToken.None))[TraderRig.Symbol];
        decimal expected = Math.Min(market.RoundPrice((decimal)hit.Open), stopPrice);
        Assert.True(expected >= stop.LimitPrice, "the path gapped below the limit; the test expects a fill at the stop or the open");
        Assert.Equal(expected, trade.Exit.Price);
        // P&L as the backtest computes a round trip: the price move over the lot less both fees.
        var entryFill = Assert.Single(await db.Fills.ListByOrderAsync(stop.EntryOrderId, CancellationToken.None));
        var exitFill = Assert.Single(await db.Fills.ListByOrderAsync(stop.ClientOrderId, CancellationToken.None));
        Assert.Equal((expected - entryFill.Price) * trade.Amount - entryFill.Fee - exitFill.Fee, trade.Exit.Pnl);

        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-g");
    }

    [Fact]
    public async Task Run_VenueEndsTheRestingStop_PlacedAgainWithinAStepAlsoAfterARestart()
    {
        await using var rig = await TraderRig.StartAsync(speed: 60, exchange: "binance");
        // Enters on the first rising candle and never exits by signal; a 2 % stop these minutes never reach.
        var config = rig.WriteConfig("live-v", "live", entry: "close > open", exit: "close < 0", risk: "{ stake: { fraction: 0.2 }, stop_loss: 0.02 }");
        using var db = await rig.OpenDatabaseAsync();

        // While the trader runs: the venue cancels the stop by itself; the next step records it expired and places it again.
        var first = rig.StartTrader(config, withKeys: true);
        var placed = await WaitForRestingStopAsync(db, "live-v", TimeSpan.FromSeconds(120), () => first.Output);
        await rig.Sim.CancelOrderAsync(TraderRig.Symbol, placed.ClientOrderId);
        var again = await WaitForStopAsync(db, "live-v", o => o.Status == OrderStatus.Open && o.ClientOrderId != placed.ClientOrderId, () => first.Output);
        Assert.EndsWith("-r", again.ClientOrderId);
        Assert.Equal(OrderStatus.Expired, (await db.Orders.GetAsync(placed.ClientOrderId, CancellationToken.None))!.Status);
        first.Kill();
        await first.DisposeAsync();

        // While the trader is down: the venue cancels the new one; the restarted trader's replay books the first expiry
        // at the step it was seen (no stop sent twice) and places the lot's stop again after the second.
        await rig.Sim.CancelOrderAsync(TraderRig.Symbol, again.ClientOrderId);
        await using var second = rig.StartTrader(config, withKeys: true);
        await second.WaitForOutputAsync("Restored from", 1, TimeSpan.FromSeconds(120));
        var third = await WaitForStopAsync(db, "live-v", o => o.Status == OrderStatus.Open && o.ClientOrderId != again.ClientOrderId, () => second.Output);
        Assert.EndsWith("-r", third.ClientOrderId);
        Assert.Equal(OrderStatus.Expired, (await db.Orders.GetAsync(again.ClientOrderId, CancellationToken.None))!.Status);
        await second.WaitForOutputAsync("] Candle ", 2, TimeSpan.FromSeconds(120));
        Assert.Equal(0, await second.StopAsync(TimeSpan.FromSeconds(10)));

        // One position, one stop resting for it, every order at the simulator recorded once in its state.
        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-v");
        var stops = (await db.Orders.ListAsync("live-v", CancellationToken.None)).Where(o => o.Type == OrderType.StopLossLimit).ToList();
        Assert.Equal(new[] { OrderStatus.Expired, OrderStatus.Expired, OrderStatus.Open }, stops.OrderBy(o => o.CreatedMs).Select(o => o.Status).ToArray());
    }

    // Binance with a target: the OCO is refused first (its stop is not under the price), then the stop alone.
    [Theory]
    [InlineData("binance", "")]
    [InlineData("binance", ", take_profit: 0.01")]
    [InlineData("bybit", "")]
    [InlineData("coinbase", "")]
    public async Task Run_StopAlreadyCrossedWhenPlaced_SellsTheLotAtMarketUnderTheStopsId(string exchange, string target)
    {
        await using var rig = await TraderRig.StartAsync(speed: 60, exchange: exchange);
        // A stop 0.01 % under the entry's fill, which is 0.05 % above the last price (the simulator's slippage): the price
        // is already through the stop when it is placed, and the venue refuses it as one that would trigger at once.
        var config = rig.WriteConfig("live-c", "live", entry: "close > open", exit: "close < 0", risk: $"{{ stake: {{ fraction: 0.2 }}, stop_loss: 0.0001{target} }}");
        using var db = await rig.OpenDatabaseAsync();

        await using var trader = rig.StartTrader(config, withKeys: true);
        var trade = await WaitForClosedTradeAsync(db, "live-c", TimeSpan.FromSeconds(120), () => trader.Output);
        Assert.Equal(0, await trader.StopAsync(VenuePace.Stop(exchange)));

        // Sold at once, at market, under the stop's own id, and booked as the stop's fill: the lot's exit for its stop.
        Assert.Equal("stop_loss", trade.Exit!.Reason);
        var stop = (await db.Orders.GetAsync(trade.Exit.ClientOrderId!, CancellationToken.None))!;
        Assert.EndsWith("-p", stop.ClientOrderId);
        Assert.Equal((OrderType.StopLossLimit, OrderStatus.Closed), (stop.Type, stop.Status));
        var atVenue = (await rig.Sim.OrdersAsync()).EnumerateArray().Single(o => o.GetProperty("clientOrderId").GetString() == stop.ClientOrderId);
        Assert.Equal((nameof(OrderType.Market), "filled"), (atVenue.GetProperty("type").GetString(), atVenue.GetProperty("status").GetString()!.ToLowerInvariant()));
        Assert.Equal(stop.ExchangeOrderId, atVenue.GetProperty("orderId").ToString());
        Assert.Contains("the price is through the stop, so the lot is sold at market now", trader.Output);
        await SimulatorRecord.AssertMatchesAsync(rig, db, "live-c");
    }

    private static Task<Trade> WaitForClosedTradeAsync(Database.TradingDatabase db, string instance, TimeSpan limit, Func<string> diagnostics) =>
        WaitForAsync(async () => (await db.Trades.ListAsync(instance, CancellationToken.None)).FirstOrDefault(t => t.Exit is not null),
            limit, () => $"{instance} closed no trade within {limit}: {diagnostics()}");

    private static Task<Order> WaitForStopAsync(Database.TradingDatabase db, string instance, Func<Order, bool> wanted, Func<string> diagnostics) =>
        WaitForAsync(async () => (await db.Orders.ListAsync(instance, CancellationToken.None)).FirstOrDefault(o => o.Type == OrderType.StopLossLimit && wanted(o)),
            TimeSpan.FromSeconds(120), () => $"{instance} placed no such stop: {diagnostics()}");

    private sealed record RestingStop(string ClientOrderId, string EntryOrderId, decimal LimitPrice);

    // The first protective stop recorded open, with the entry it protects (the only open trade at that moment).
    private static Task<RestingStop> WaitForRestingStopAsync(Database.TradingDatabase db, string instance, TimeSpan limit, Func<string> diagnostics) =>
        WaitForAsync(async () =>
        {
            var orders = await db.Orders.ListAsync(instance, CancellationToken.None);
            var open = await db.Trades.ListAsync(instance, CancellationToken.None);
            var stop = orders.FirstOrDefault(o => o.Type == OrderType.StopLossLimit && o.Status == OrderStatus.Open);
            var trade = open.FirstOrDefault(t => t.Exit is null);
            return stop is not null && trade is not null ? new RestingStop(stop.ClientOrderId, trade.EntryClientOrderId!, stop.Price!.Value) : null;
        }, limit, () => $"{instance} placed no stop within {limit}: {diagnostics()}");

    private static Task<ExchangeOrder> WaitForFillAsync(IExchange venue, string clientOrderId, TimeSpan limit)
    {
        ExchangeOrder? last = null;
        return WaitForAsync(async () =>
        {
            last = await venue.FetchOrderAsync(TraderRig.Symbol, OrderRef.ByClientId(clientOrderId), CancellationToken.None);
            return last.Status == OrderStatus.Closed ? last : null;
        }, limit, () => $"stop {clientOrderId} did not fill within {limit}: {last}", TimeSpan.FromMilliseconds(250));
    }

    // Asks until the probe finds what it looks for, or throws with the failure's text once the limit has passed.
    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan limit, Func<string> failure, TimeSpan? every = null) where T : class
    {
        using var timeout = new CancellationTokenSource(limit);
        while (true)
        {
            if (await probe() is { } found) return found;
            if (timeout.IsCancellationRequested) throw new TimeoutException(failure());
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }
}
