using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The Binance adapter against ExchangeSim as a real process over loopback HTTP.</summary>
public sealed class BinanceAdapterTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LoadMarkets_FromExchangeInfo_HasBinanceLikeFilters()
    {
        var markets = await SimFixture.Binance(fixture.Sim.BaseUrl).LoadMarketsAsync(None);

        var btc = markets["BTC/USDT"];
        Assert.Equal(("BTCUSDT", "BTC", "USDT"), (btc.Id, btc.Base, btc.Quote));
        Assert.Equal((0.01m, 0.00001m, 5m), (btc.TickSize, btc.StepSize, btc.MinNotional));
        Assert.Contains("ETH/USDT", markets.Keys);
    }

    [Fact]
    public async Task FetchOhlcvRange_SmallPages_ReturnsEveryCandleOnceInOrder()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        long now = await binance.FetchTimeAsync(None);
        long until = Timeframe.M1.FloorMs(now) - 5 * 60_000;
        long since = until - 250 * 60_000;

        var candles = new List<Candle>();
        await foreach (var c in binance.FetchOhlcvRangeAsync("BTC/USDT", Timeframe.M1, since, until, pageLimit: 40, None)) candles.Add(c);

        Assert.Equal(250, candles.Count);
        Assert.Equal(since, candles[0].OpenTimeMs);
        Assert.All(candles.Zip(candles.Skip(1)), pair => Assert.Equal(pair.First.OpenTimeMs + 60_000, pair.Second.OpenTimeMs));
        Assert.All(candles, c => Assert.True(c.Low <= Math.Min(c.Open, c.Close) && c.High >= Math.Max(c.Open, c.Close)));
    }

    [Fact]
    public async Task FetchTicker_KnownSymbol_GivesAPositivePrice()
    {
        var ticker = await SimFixture.Binance(fixture.Sim.BaseUrl).FetchTickerAsync("ETH/USDT", None);

        Assert.True(ticker.Last > 0);
        Assert.True(ticker.High >= ticker.Low);
        Assert.InRange(ticker.Open!.Value, ticker.Low!.Value, ticker.High!.Value);
    }

    [Fact]
    public async Task FetchBalance_SignedAccount_ShowsStartingBalances()
    {
        var balance = await SimFixture.Binance(fixture.Sim.BaseUrl).FetchBalanceAsync(None);

        Assert.True(balance["USDT"].Total > 0);
        Assert.Contains("BTC", balance.Assets.Keys);
    }

    [Fact]
    public async Task OrderLifecycle_LimitThenCancelThenMarket_TracksStateBalancesAndTrades()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var cid = "life-" + Guid.NewGuid().ToString("N")[..8];

        // ETH/USDT is used only by this test, so balances and trades are its own.
        var limit = await binance.CreateOrderAsync("ETH/USDT", OrderType.Limit, OrderSide.Buy, 0.123456m, 100.009m, cid, None);
        Assert.Equal((OrderStatus.Open, 0.1234m, 100.00m), (limit.Status, limit.Amount, limit.Price!.Value));
        Assert.Equal(limit.Id, (await binance.FetchOrderAsync("ETH/USDT", OrderRef.ByClientId(cid), None)).Id);
        Assert.Contains(await binance.FetchOpenOrdersAsync("ETH/USDT", None), o => o.ClientOrderId == cid);

        var canceled = await binance.CancelOrderAsync("ETH/USDT", OrderRef.ById(limit.Id), None);
        Assert.Equal((OrderStatus.Canceled, cid), (canceled.Status, canceled.ClientOrderId));
        Assert.DoesNotContain(await binance.FetchOpenOrdersAsync("ETH/USDT", None), o => o.ClientOrderId == cid);

        var bought = await binance.CreateOrderAsync("ETH/USDT", OrderType.Market, OrderSide.Buy, 0.5m, null, cid + "-m", None);
        Assert.Equal((OrderStatus.Closed, 0.5m), (bought.Status, bought.Filled));
        var trade = Assert.Single(await binance.FetchMyTradesAsync("ETH/USDT", null, 100, None));
        Assert.Equal((bought.Id, OrderSide.Buy, 0.5m, "ETH"), (trade.OrderId, trade.Side, trade.Amount, trade.FeeAsset));
        Assert.Equal(0.5m - trade.Fee, (await binance.FetchBalanceAsync(None))["ETH"].Free);
    }

    [Fact]
    public async Task FetchMyTrades_WithoutStart_GivesTheMostRecent_WithAStart_TheOldestFromIt()
    {
        // Its own simulator: the trades on the account are exactly these.
        await using var sim = await ExchangeSimProcess.StartAsync("--balances", "USDT=100000");
        var binance = SimFixture.Binance(sim.BaseUrl);
        long since = await binance.FetchTimeAsync(None) - 60_000;
        var ids = new List<string>();
        for (int i = 0; i < 7; i++) ids.Add((await binance.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.001m, null, $"recent-{i}", None)).Id);

        var newest = await binance.FetchMyTradesAsync("BTC/USDT", null, 3, None);
        var oldest = await binance.FetchMyTradesAsync("BTC/USDT", since, 3, None);

        Assert.Equal(ids[^3..], newest.Select(t => t.OrderId));
        Assert.Equal(ids[..3], oldest.Select(t => t.OrderId));
    }

    [Fact]
    public async Task StopLimitOrder_RestsOnTheExchangeWithItsStopAndIsRefusedWhenAlreadyCrossed()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var cid = "stop-" + Guid.NewGuid().ToString("N")[..8];
        await binance.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.01m, null, cid + "-entry", None);
        decimal last = (await binance.FetchTickerAsync("BTC/USDT", None)).Last;

        var stop = await binance.CreateStopLimitOrderAsync("BTC/USDT", OrderSide.Sell, 0.005m, last * 0.9m, last * 0.89m, cid, None);

        Assert.Equal((OrderType.StopLossLimit, OrderStatus.Open, 0.005m), (stop.Type, stop.Status, stop.Amount));
        Assert.Equal(Math.Floor(last * 0.9m * 100) / 100, stop.StopPrice);
        Assert.Equal(Math.Floor(last * 0.89m * 100) / 100, stop.Price);
        var listed = Assert.Single(await binance.FetchOpenOrdersAsync("BTC/USDT", None), o => o.ClientOrderId == cid);
        Assert.Equal((OrderType.StopLossLimit, stop.StopPrice), (listed.Type, listed.StopPrice));
        await Assert.ThrowsAsync<OrderWouldTriggerException>(() =>
            binance.CreateStopLimitOrderAsync("BTC/USDT", OrderSide.Sell, 0.005m, last * 1.1m, last * 1.09m, cid + "-late", None));

        var canceled = await binance.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId(cid), None);
        Assert.Equal((OrderStatus.Canceled, OrderType.StopLossLimit, stop.StopPrice), (canceled.Status, canceled.Type, canceled.StopPrice));
    }

    [Fact]
    public async Task PostOnlyOrder_SentAsLimitMakerRestsAndIsRefusedWhenItWouldTake()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var cid = "maker-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await binance.FetchTickerAsync("BTC/USDT", None)).Last;

        var resting = await binance.CreateOrderAsync("BTC/USDT", OrderType.LimitMaker, OrderSide.Buy, 0.01m, last * 0.9m, cid, None);

        Assert.Equal((OrderType.LimitMaker, OrderStatus.Open), (resting.Type, resting.Status));
        Assert.Equal(OrderType.LimitMaker, (await binance.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(cid), None)).Type);
        var e = await Assert.ThrowsAsync<OrderImmediatelyFillableException>(() =>
            binance.CreateOrderAsync("BTC/USDT", OrderType.LimitMaker, OrderSide.Buy, 0.01m, last * 1.01m, cid + "-take", None));
        Assert.Contains("-2010", e.Message);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(cid + "-take"), None));
        Assert.Equal(OrderStatus.Canceled, (await binance.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId(cid), None)).Status);
    }

    [Fact]
    public async Task CreateOrder_BelowMinimum_FailsLocallyNamingTheLimit()
    {
        var e = await Assert.ThrowsAsync<InvalidOrderException>(() =>
            SimFixture.Binance(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.0001m, 1000m, "tiny", None));

        Assert.Contains("minimum notional", e.Message);
    }

    [Fact]
    public async Task CreateOrder_MoreThanTheBalance_ThrowsInsufficientFunds()
    {
        await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            SimFixture.Binance(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 50m, null, "huge", None));
    }

    [Fact]
    public async Task FetchOrder_UnknownId_ThrowsOrderNotFound()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);

        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.FetchOrderAsync("BTC/USDT", OrderRef.ById("987654321"), None));
        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId("never-placed"), None));
    }

    [Fact]
    public async Task FetchTicker_UnknownSymbol_ThrowsBadSymbol()
    {
        await Assert.ThrowsAsync<BadSymbolException>(() => SimFixture.Binance(fixture.Sim.BaseUrl).FetchTickerAsync("DOGE/USDT", None));
    }

    [Fact]
    public async Task FetchBalance_WrongSecret_ThrowsAuthenticationWithoutTheSecret()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials(ExchangeSimProcess.ApiKey, "not-the-secret"));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => binance.FetchBalanceAsync(None));

        Assert.Contains("-1022", e.Message);
        Assert.DoesNotContain("not-the-secret", e.Message);
    }

    [Fact]
    public async Task FetchBalance_UnknownKey_ThrowsAuthentication()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials("someone-else", ExchangeSimProcess.ApiSecret));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => binance.FetchBalanceAsync(None));

        Assert.Contains("-2015", e.Message);
    }

    [Fact]
    public async Task SignedCall_LocalClockJumpsBehind_ResyncsOnMinus1021AndSucceeds()
    {
        var clock = new ShiftedClock(TimeProvider.System);
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl, clock);
        await binance.FetchBalanceAsync(None);
        Assert.InRange(binance.ClockOffsetMs, -2_000, 2_000);

        clock.Offset = TimeSpan.FromSeconds(-30); // timestamps now fall outside the 5 s recvWindow

        var balance = await binance.FetchBalanceAsync(None);
        Assert.True(balance["USDT"].Total > 0);
        Assert.InRange(binance.ClockOffsetMs, 28_000, 32_000);
    }
}
