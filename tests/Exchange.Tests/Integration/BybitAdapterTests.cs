using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The Bybit v5 adapter against ExchangeSim's bybit dialect as a real process over loopback HTTP.</summary>
public sealed class BybitAdapterTests(BybitSimFixture fixture) : IClassFixture<BybitSimFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LoadMarkets_FromInstrumentsInfo_HasTheLotAndPriceFilters()
    {
        var markets = await BybitSimFixture.Bybit(fixture.Sim.BaseUrl).LoadMarketsAsync(None);

        var btc = markets["BTC/USDT"];
        Assert.Equal(("BTCUSDT", "BTC", "USDT"), (btc.Id, btc.Base, btc.Quote));
        Assert.Equal((0.01m, 0.00001m, 0.00001m, 5m), (btc.TickSize, btc.StepSize, btc.MinAmount, btc.MinNotional));
        Assert.Contains("ETH/USDT", markets.Keys);
    }

    [Fact]
    public async Task FetchOhlcvRange_SmallPages_ReturnsEveryCandleOnceOldestFirst()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        long now = await bybit.FetchTimeAsync(None);
        long until = Timeframe.M1.FloorMs(now) - 5 * 60_000;
        long since = until - 250 * 60_000;

        var candles = new List<Candle>();
        await foreach (var c in bybit.FetchOhlcvRangeAsync("BTC/USDT", Timeframe.M1, since, until, pageLimit: 40, None)) candles.Add(c);

        Assert.Equal(250, candles.Count);
        Assert.Equal(since, candles[0].OpenTimeMs);
        Assert.All(candles.Zip(candles.Skip(1)), pair => Assert.Equal(pair.First.OpenTimeMs + 60_000, pair.Second.OpenTimeMs));
        Assert.All(candles, c => Assert.True(c.Low <= Math.Min(c.Open, c.Close) && c.High >= Math.Max(c.Open, c.Close)));
    }

    [Fact]
    public async Task FetchOhlcv_EightHours_WhichBybitLacks_IsBuiltFromItsFourHourCandles()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        long since = Timeframe.H8.FloorMs(await bybit.FetchTimeAsync(None)) - 3 * Timeframe.H8.DurationMs;

        var eight = await bybit.FetchOhlcvAsync("BTC/USDT", Timeframe.H8, since, 2, None);
        var four = await bybit.FetchOhlcvAsync("BTC/USDT", Timeframe.H4, since, 4, None);

        Assert.Equal(2, eight.Count);
        Assert.Equal(CandleResampler.Resample(four, Timeframe.H4, Timeframe.H8), eight);
        Assert.Equal(since, eight[0].OpenTimeMs);
    }

    [Fact]
    public async Task FetchTicker_KnownSymbol_GivesAPositivePriceWithinTheDaysRange()
    {
        var ticker = await BybitSimFixture.Bybit(fixture.Sim.BaseUrl).FetchTickerAsync("ETH/USDT", None);

        Assert.True(ticker.Last > 0);
        Assert.True(ticker.High >= ticker.Low);
        Assert.InRange(ticker.Open!.Value, ticker.Low!.Value, ticker.High!.Value);
    }

    [Fact]
    public async Task FetchBalance_UnifiedAccount_ShowsStartingBalances()
    {
        var balance = await BybitSimFixture.Bybit(fixture.Sim.BaseUrl).FetchBalanceAsync(None);

        Assert.True(balance["USDT"].Total > 0);
        Assert.Equal(1m, balance["BTC"].Total);
    }

    [Fact]
    public async Task OrderLifecycle_LimitThenCancelThenMarket_TracksStateBalancesAndExecutions()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        var link = "life-" + Guid.NewGuid().ToString("N")[..8];

        // ETH/USDT is used only by this test, so its balances and executions are its own.
        var limit = await bybit.CreateOrderAsync("ETH/USDT", OrderType.Limit, OrderSide.Buy, 0.123456m, 100.009m, link, None);
        Assert.Equal((OrderStatus.Open, 0.1234m, 100.00m, link), (limit.Status, limit.Amount, limit.Price!.Value, limit.ClientOrderId));
        Assert.Equal(limit.Id, (await bybit.FetchOrderAsync("ETH/USDT", OrderRef.ByClientId(link), None)).Id);
        Assert.Contains(await bybit.FetchOpenOrdersAsync("ETH/USDT", None), o => o.ClientOrderId == link);
        Assert.Equal(0.1234m * 100.00m, (await bybit.FetchBalanceAsync(None))["USDT"].Used);

        var canceled = await bybit.CancelOrderAsync("ETH/USDT", OrderRef.ById(limit.Id), None);
        Assert.Equal((OrderStatus.Canceled, link), (canceled.Status, canceled.ClientOrderId));
        Assert.DoesNotContain(await bybit.FetchOpenOrdersAsync("ETH/USDT", None), o => o.ClientOrderId == link);
        Assert.Equal(OrderStatus.Canceled, (await bybit.FetchOrderAsync("ETH/USDT", OrderRef.ByClientId(link), None)).Status);

        var bought = await bybit.CreateOrderAsync("ETH/USDT", OrderType.Market, OrderSide.Buy, 0.5m, null, link + "-m", None);
        Assert.Equal((OrderType.Market, OrderStatus.Closed, 0.5m, 0.5m), (bought.Type, bought.Status, bought.Amount, bought.Filled));
        var trade = Assert.Single(await bybit.FetchMyTradesAsync("ETH/USDT", null, 100, None));
        Assert.Equal((bought.Id, OrderSide.Buy, 0.5m, "ETH"), (trade.OrderId, trade.Side, trade.Amount, trade.FeeAsset));
        Assert.Equal(0.5m - trade.Fee, (await bybit.FetchBalanceAsync(None))["ETH"].Free);
    }

    [Fact]
    public async Task FetchOpenOrders_MoreThanOnePage_FollowsTheCursorToEveryOrder()
    {
        // A simulator of its own: the count of open orders is what is asserted.
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit", "--symbols", "BTC/USDT", "--random-walk", "3", "--history", "1d", "--balances", "USDT=100000");
        var bybit = BybitSimFixture.Bybit(sim.BaseUrl);
        decimal price = Math.Floor((await bybit.FetchTickerAsync("BTC/USDT", None)).Last / 2);
        decimal amount = Math.Ceiling(6m / price / 0.00001m) * 0.00001m;
        var placed = new List<string>();
        // Bybit lists 50 open orders a page at most: 75 need a second page.
        for (int i = 0; i < 75; i++)
            placed.Add((await bybit.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, amount, price, $"page-{i:D2}", None)).ClientOrderId);

        var open = await bybit.FetchOpenOrdersAsync("BTC/USDT", None);

        Assert.Equal(placed, open.Select(o => o.ClientOrderId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StopLimitOrder_RestsAsAConditionalOrderAndIsRefusedWhenAlreadyCrossed()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        var link = "stop-" + Guid.NewGuid().ToString("N")[..8];
        await bybit.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.01m, null, link + "-entry", None);
        decimal last = (await bybit.FetchTickerAsync("BTC/USDT", None)).Last;

        var stop = await bybit.CreateStopLimitOrderAsync("BTC/USDT", OrderSide.Sell, 0.005m, last * 0.9m, last * 0.89m, link, None);

        Assert.Equal((OrderType.StopLossLimit, OrderStatus.Open, 0.005m), (stop.Type, stop.Status, stop.Amount));
        Assert.Equal(Math.Floor(last * 0.9m * 100) / 100, stop.StopPrice);
        Assert.Equal(Math.Floor(last * 0.89m * 100) / 100, stop.Price);
        var listed = Assert.Single(await bybit.FetchOpenOrdersAsync("BTC/USDT", None), o => o.ClientOrderId == link);
        Assert.Equal((OrderType.StopLossLimit, stop.StopPrice), (listed.Type, listed.StopPrice));
        await Assert.ThrowsAsync<OrderWouldTriggerException>(() =>
            bybit.CreateStopLimitOrderAsync("BTC/USDT", OrderSide.Sell, 0.005m, last * 1.1m, last * 1.09m, link + "-late", None));

        var canceled = await bybit.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId(link), None);
        Assert.Equal((OrderStatus.Canceled, OrderType.StopLossLimit, stop.StopPrice), (canceled.Status, canceled.Type, canceled.StopPrice));
    }

    [Fact]
    public async Task PostOnlyOrder_SentAsPostOnlyRestsAndIsRefusedWhenBybitCancelsItForTaking()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        var link = "maker-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await bybit.FetchTickerAsync("BTC/USDT", None)).Last;

        var resting = await bybit.CreateOrderAsync("BTC/USDT", OrderType.LimitMaker, OrderSide.Buy, 0.001m, last * 0.9m, link, None);

        Assert.Equal((OrderType.LimitMaker, OrderStatus.Open), (resting.Type, resting.Status));
        Assert.Equal(OrderType.LimitMaker, Assert.Single(await bybit.FetchOpenOrdersAsync("BTC/USDT", None), o => o.ClientOrderId == link).Type);
        decimal locked = (await bybit.FetchBalanceAsync(None))["USDT"].Used;
        var e = await Assert.ThrowsAsync<OrderImmediatelyFillableException>(() =>
            bybit.CreateOrderAsync("BTC/USDT", OrderType.LimitMaker, OrderSide.Buy, 0.001m, last * 1.01m, link + "-take", None));
        Assert.Contains("EC_PostOnlyWillTakeLiquidity", e.Message);
        // Bybit created the order and canceled it at once: it is in the history, nothing filled and nothing locked.
        var taken = await bybit.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(link + "-take"), None);
        Assert.Equal((OrderType.LimitMaker, OrderStatus.Canceled, 0m), (taken.Type, taken.Status, taken.Filled));
        Assert.Equal(locked, (await bybit.FetchBalanceAsync(None))["USDT"].Used);
        Assert.Equal(OrderStatus.Canceled, (await bybit.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId(link), None)).Status);
    }

    [Fact]
    public async Task FetchOrder_ByOrderLinkIdFromAFreshAdapter_FindsWhatAnEarlierOneLeftBehind()
    {
        // A process that placed an order and died: its successor knows only the deterministic client id.
        var link = "recon-" + Guid.NewGuid().ToString("N")[..8];
        var placed = await BybitSimFixture.Bybit(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, link, None);

        var successor = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);
        var found = await successor.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(link), None);
        await Assert.ThrowsAsync<DuplicateOrderIdException>(() =>
            successor.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, link, None));

        Assert.Equal((placed.Id, OrderStatus.Open, 20000m), (found.Id, found.Status, found.Price));
        await successor.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId(link), None);
    }

    [Fact]
    public async Task CreateOrder_MoreThanTheBalance_ThrowsInsufficientFunds()
    {
        var e = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            BybitSimFixture.Bybit(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 50m, null, "huge", None));

        Assert.Contains("170131", e.Message);
    }

    [Fact]
    public async Task FetchAndCancel_UnknownOrder_ThrowOrderNotFound()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl);

        await Assert.ThrowsAsync<OrderNotFoundException>(() => bybit.FetchOrderAsync("BTC/USDT", OrderRef.ById("987654321"), None));
        var e = await Assert.ThrowsAsync<OrderNotFoundException>(() => bybit.CancelOrderAsync("BTC/USDT", OrderRef.ByClientId("never-placed"), None));
        Assert.Contains("170213", e.Message);
    }

    [Fact]
    public async Task FetchTicker_UnknownSymbol_ThrowsBadSymbol()
    {
        await Assert.ThrowsAsync<BadSymbolException>(() => BybitSimFixture.Bybit(fixture.Sim.BaseUrl).FetchTickerAsync("DOGE/USDT", None));
    }

    [Fact]
    public async Task FetchBalance_WrongSecret_ThrowsAuthenticationWithoutTheSecret()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials(ExchangeSimProcess.ApiKey, "not-the-secret"));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => bybit.FetchBalanceAsync(None));

        Assert.Contains("10004", e.Message);
        Assert.DoesNotContain("not-the-secret", e.Message);
    }

    [Fact]
    public async Task FetchBalance_UnknownKey_ThrowsAuthentication()
    {
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials("someone-else", ExchangeSimProcess.ApiSecret));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => bybit.FetchBalanceAsync(None));

        Assert.Contains("10003", e.Message);
    }

    [Fact]
    public async Task SignedCall_LocalClockJumpsBehind_ResyncsOn10002AndSucceeds()
    {
        var clock = new ShiftedClock(TimeProvider.System);
        var bybit = BybitSimFixture.Bybit(fixture.Sim.BaseUrl, clock);
        await bybit.FetchBalanceAsync(None);
        Assert.InRange(bybit.ClockOffsetMs, -2_000, 2_000);

        clock.Offset = TimeSpan.FromSeconds(-30); // timestamps now fall outside the 5 s recv window

        var balance = await bybit.FetchBalanceAsync(None);
        Assert.True(balance["USDT"].Total > 0);
        Assert.InRange(bybit.ClockOffsetMs, 28_000, 32_000);
    }
}
