using System.Net;
using System.Security.Cryptography;
using Trader.Domain;
using Trader.Exchange.Adapters.Coinbase;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The Coinbase Advanced Trade adapter against ExchangeSim's coinbase dialect as a real process over loopback HTTP.</summary>
public sealed class CoinbaseAdapterTests(CoinbaseSimFixture fixture) : IClassFixture<CoinbaseSimFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LoadMarkets_FromProducts_HasTheIncrementsAndMinimums()
    {
        var markets = await CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).LoadMarketsAsync(None);

        var btc = markets["BTC/USD"];
        Assert.Equal(("BTC-USD", "BTC", "USD"), (btc.Id, btc.Base, btc.Quote));
        Assert.True(btc.TickSize > 0 && btc.StepSize > 0 && btc.MinNotional > 0);
        Assert.Contains("ETH/USD", markets.Keys);
    }

    [Fact]
    public async Task FetchOhlcvRange_SmallPages_ReturnsEveryCandleOnceOldestFirst()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        long now = await coinbase.FetchTimeAsync(None);
        long until = Timeframe.M1.FloorMs(now) - 5 * 60_000;
        long since = until - 500 * 60_000;

        var candles = new List<Candle>();
        await foreach (var c in coinbase.FetchOhlcvRangeAsync("BTC/USD", Timeframe.M1, since, until, pageLimit: 1000, None)) candles.Add(c);

        Assert.Equal(500, candles.Count);
        Assert.Equal(since, candles[0].OpenTimeMs);
        Assert.All(candles.Zip(candles.Skip(1)), pair => Assert.Equal(pair.First.OpenTimeMs + 60_000, pair.Second.OpenTimeMs));
        Assert.All(candles, c => Assert.True(c.Low <= Math.Min(c.Open, c.Close) && c.High >= Math.Max(c.Open, c.Close)));
    }

    [Fact]
    public async Task FetchOhlcv_FourHours_WhichCoinbaseLacks_IsBuiltFromItsTwoHourCandles()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        long since = Timeframe.H4.FloorMs(await coinbase.FetchTimeAsync(None)) - 4 * Timeframe.H4.DurationMs;

        var four = await coinbase.FetchOhlcvAsync("BTC/USD", Timeframe.H4, since, 3, None);
        var two = await coinbase.FetchOhlcvAsync("BTC/USD", Timeframe.H2, since, 6, None);

        Assert.Equal(3, four.Count);
        Assert.Equal(CandleResampler.Resample(two, Timeframe.H2, Timeframe.H4), four);
        Assert.Equal(since, four[0].OpenTimeMs);
    }

    [Fact]
    public async Task FetchOhlcv_Latest_EndsAtTheLastClosedCandle()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);

        var candles = await coinbase.FetchOhlcvAsync("BTC/USD", Timeframe.M5, null, 20, None);

        Assert.InRange(candles.Count, 19, 20);
        Assert.True(candles[^1].OpenTimeMs + 2 * Timeframe.M5.DurationMs > await coinbase.FetchTimeAsync(None));
    }

    [Fact]
    public async Task FetchTicker_KnownSymbol_GivesTheLastPriceAndTheBook()
    {
        var ticker = await CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).FetchTickerAsync("ETH/USD", None);

        Assert.True(ticker.Last > 0);
        Assert.True(ticker.Bid > 0 && ticker.Ask >= ticker.Bid);
    }

    [Fact]
    public async Task FetchBalance_Accounts_ShowStartingBalances()
    {
        var balance = await CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).FetchBalanceAsync(None);

        Assert.True(balance["USD"].Total > 0);
        // At least the starting 1 BTC: other tests in the class buy some.
        Assert.True(balance["BTC"].Total >= 1m);
    }

    [Fact]
    public async Task OrderLifecycle_LimitThenCancelThenMarket_TracksStateBalancesAndFills()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        var id = "life-" + Guid.NewGuid().ToString("N")[..8];
        var eth = (await coinbase.LoadMarketsAsync(None))["ETH/USD"];

        // ETH/USD is used only by this test, so its balances and fills are its own.
        var limit = await coinbase.CreateOrderAsync("ETH/USD", OrderType.Limit, OrderSide.Buy, 0.5m, 100.009m, id, None);
        Assert.Equal((OrderStatus.Open, eth.RoundAmount(0.5m), eth.RoundPrice(100.009m), id), (limit.Status, limit.Amount, limit.Price!.Value, limit.ClientOrderId));
        Assert.Equal(limit.Id, (await coinbase.FetchOrderAsync("ETH/USD", OrderRef.ByClientId(id), None)).Id);
        Assert.Contains(await coinbase.FetchOpenOrdersAsync("ETH/USD", None), o => o.ClientOrderId == id);
        // Coinbase charges the fee in USD on top, so a limit buy holds its value plus the fee (the simulator's 0.1 %).
        Assert.Equal(limit.Amount * limit.Price * 1.001m, (await coinbase.FetchBalanceAsync(None))["USD"].Used);

        var canceled = await coinbase.CancelOrderAsync("ETH/USD", OrderRef.ById(limit.Id), None);
        Assert.Equal((OrderStatus.Canceled, id), (canceled.Status, canceled.ClientOrderId));
        Assert.DoesNotContain(await coinbase.FetchOpenOrdersAsync("ETH/USD", None), o => o.ClientOrderId == id);
        Assert.Equal(OrderStatus.Canceled, (await coinbase.FetchOrderAsync("ETH/USD", OrderRef.ByClientId(id), None)).Status);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => coinbase.CancelOrderAsync("ETH/USD", OrderRef.ById(limit.Id), None));

        var bought = await coinbase.CreateOrderAsync("ETH/USD", OrderType.Market, OrderSide.Buy, 0.5m, null, id + "-m", None);
        Assert.Equal((OrderType.Market, OrderStatus.Closed, 0.5m, 0.5m), (bought.Type, bought.Status, bought.Amount, bought.Filled));
        var trade = Assert.Single(await coinbase.FetchMyTradesAsync("ETH/USD", null, 100, None));
        Assert.Equal((bought.Id, OrderSide.Buy, 0.5m, "USD"), (trade.OrderId, trade.Side, trade.Amount, trade.FeeAsset));
        Assert.True(trade.Fee > 0);
    }

    [Fact]
    public async Task StopLimitOrder_RestsUntilTriggeredAndIsRefusedWhenAlreadyCrossed()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        var id = "stop-" + Guid.NewGuid().ToString("N")[..8];
        await coinbase.CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 0.01m, null, id + "-entry", None);
        decimal last = (await coinbase.FetchTickerAsync("BTC/USD", None)).Last;
        var btc = (await coinbase.LoadMarketsAsync(None))["BTC/USD"];

        var stop = await coinbase.CreateStopLimitOrderAsync("BTC/USD", OrderSide.Sell, 0.005m, last * 0.9m, last * 0.89m, id, None);

        Assert.Equal((OrderType.StopLossLimit, OrderStatus.Open, 0.005m), (stop.Type, stop.Status, stop.Amount));
        Assert.Equal((btc.RoundPrice(last * 0.9m), btc.RoundPrice(last * 0.89m)), (stop.StopPrice, stop.Price));
        var listed = Assert.Single(await coinbase.FetchOpenOrdersAsync("BTC/USD", None), o => o.ClientOrderId == id);
        Assert.Equal((OrderType.StopLossLimit, stop.StopPrice), (listed.Type, listed.StopPrice));
        await Assert.ThrowsAsync<OrderWouldTriggerException>(() =>
            coinbase.CreateStopLimitOrderAsync("BTC/USD", OrderSide.Sell, 0.005m, last * 1.1m, last * 1.09m, id + "-late", None));

        var canceled = await coinbase.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(id), None);
        Assert.Equal((OrderStatus.Canceled, OrderType.StopLossLimit, stop.StopPrice), (canceled.Status, canceled.Type, canceled.StopPrice));
    }

    [Fact]
    public async Task PostOnlyOrder_SentWithPostOnlyRestsAndIsRefusedWhenItWouldTake()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        var id = "maker-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await coinbase.FetchTickerAsync("BTC/USD", None)).Last;

        var resting = await coinbase.CreateOrderAsync("BTC/USD", OrderType.LimitMaker, OrderSide.Buy, 0.01m, last * 0.9m, id, None);

        Assert.Equal((OrderType.LimitMaker, OrderStatus.Open), (resting.Type, resting.Status));
        var e = await Assert.ThrowsAsync<OrderImmediatelyFillableException>(() =>
            coinbase.CreateOrderAsync("BTC/USD", OrderType.LimitMaker, OrderSide.Buy, 0.01m, last * 1.01m, id + "-take", None));
        Assert.Contains("INVALID_LIMIT_PRICE_POST_ONLY", e.Message);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => coinbase.FetchOrderAsync("BTC/USD", OrderRef.ByClientId(id + "-take"), None));
        Assert.Equal(OrderStatus.Canceled, (await coinbase.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(id), None)).Status);
    }

    [Fact]
    public async Task FetchOrder_ByClientOrderIdFromAFreshAdapter_FindsWhatAnEarlierOneLeftBehindAndARecreateReturnsIt()
    {
        // A process that placed an order and died: its successor knows only the deterministic client id.
        var id = "recon-" + Guid.NewGuid().ToString("N")[..8];
        var placed = await CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, id, None);

        var successor = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);
        var found = await successor.FetchOrderAsync("BTC/USD", OrderRef.ByClientId(id), None);
        var again = await successor.CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, id, None);

        Assert.Equal((placed.Id, OrderStatus.Open, 20000m), (found.Id, found.Status, found.Price));
        Assert.Equal(placed.Id, again.Id);
        await successor.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(id), None);
    }

    [Fact]
    public async Task CreateOrder_MoreThanTheBalance_ThrowsInsufficientFunds()
    {
        var e = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 50m, null, "huge-" + Guid.NewGuid().ToString("N")[..8], None));

        Assert.Contains("INSUFFICIENT_FUND", e.Message);
    }

    [Fact]
    public async Task FetchAndCancel_UnknownOrder_ThrowOrderNotFound()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl);

        var e = await Assert.ThrowsAsync<OrderNotFoundException>(() => coinbase.FetchOrderAsync("BTC/USD", OrderRef.ById("987654321"), None));
        Assert.Contains("NOT_FOUND", e.Message);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => coinbase.CancelOrderAsync("BTC/USD", OrderRef.ByClientId("never-placed"), None));
        await Assert.ThrowsAsync<OrderNotFoundException>(() => coinbase.CancelOrderAsync("BTC/USD", OrderRef.ById("987654321"), None));
    }

    [Fact]
    public async Task FetchTicker_UnknownSymbol_ThrowsBadSymbol()
    {
        await Assert.ThrowsAsync<BadSymbolException>(() => CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).FetchTickerAsync("DOGE/USD", None));
    }

    [Fact]
    public async Task FetchBalance_AnotherKeysSignature_ThrowsAuthenticationWithoutThePem()
    {
        string otherPem = CoinbaseSimFixture.NewPem();
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl, credentials: CoinbaseSimFixture.Credentials(pem: otherPem));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => coinbase.FetchBalanceAsync(None));

        Assert.Contains("COINBASE_API_SECRET", e.Message);
        foreach (var line in otherPem.Split('\n').Where(l => l.Length > 20 && !l.StartsWith("-----"))) Assert.DoesNotContain(line, e.ToString());
    }

    [Fact]
    public async Task FetchBalance_UnknownKeyName_ThrowsAuthentication()
    {
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl, credentials: CoinbaseSimFixture.Credentials(keyName: "organizations/x/apiKeys/someone-else"));

        await Assert.ThrowsAsync<AuthenticationException>(() => coinbase.FetchBalanceAsync(None));
    }

    [Fact]
    public async Task Simulator_ExpiredOrMisdirectedToken_Gets401()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(CoinbaseSimFixture.Pem);
        var url = new Uri(fixture.Sim.BaseUrl, "/api/v3/brokerage/accounts");
        long now = await CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl).FetchTimeAsync(None) / 1000;
        using var http = new HttpClient();

        async Task<HttpStatusCode> Send(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new("Bearer", token);
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await Send(CoinbaseJwt.Create(CoinbaseSimFixture.KeyName, key, CoinbaseJwt.Uri(HttpMethod.Get, url), now)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(CoinbaseJwt.Create(CoinbaseSimFixture.KeyName, key, CoinbaseJwt.Uri(HttpMethod.Get, url), now - 600)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(CoinbaseJwt.Create(CoinbaseSimFixture.KeyName, key, CoinbaseJwt.Uri(HttpMethod.Post, url), now)));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(CoinbaseJwt.Create(CoinbaseSimFixture.KeyName, key,
            CoinbaseJwt.Uri(HttpMethod.Get, new Uri(fixture.Sim.BaseUrl, "/api/v3/brokerage/orders/historical/batch")), now)));
    }

    [Fact]
    public async Task SignedCall_LocalClockJumpsBehind_ResyncsAfterThe401AndSucceeds()
    {
        var clock = new ShiftedClock(TimeProvider.System);
        var coinbase = CoinbaseSimFixture.Coinbase(fixture.Sim.BaseUrl, clock);
        await coinbase.FetchBalanceAsync(None);
        Assert.InRange(coinbase.ClockOffsetMs, -2_000, 2_000);

        clock.Offset = TimeSpan.FromMinutes(-10); // tokens would now have expired before they are made

        var balance = await coinbase.FetchBalanceAsync(None);
        Assert.True(balance["USD"].Total > 0);
        Assert.InRange(coinbase.ClockOffsetMs, 598_000, 602_000);
    }
}
