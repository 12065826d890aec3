using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The Kraken adapter against ExchangeSim's kraken dialect as a real process over loopback HTTP.</summary>
public sealed class KrakenAdapterTests(KrakenSimFixture fixture) : IClassFixture<KrakenSimFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LoadMarkets_FromAssetPairs_NamesXbtBtcAndKeepsKrakensPairIds()
    {
        var markets = await KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).LoadMarketsAsync(None);

        var btc = markets["BTC/USD"];
        Assert.Equal(("XXBTZUSD", "BTC", "USD"), (btc.Id, btc.Base, btc.Quote));
        Assert.Equal((0.01m, 0.00001m, 0.00001m, 5m), (btc.TickSize, btc.StepSize, btc.MinAmount, btc.MinNotional));
        Assert.Equal("ETHUSDT", markets["ETH/USDT"].Id);
    }

    [Fact]
    public async Task FetchOhlcvRange_WithinTheLast720_ReturnsEveryCandleOnceOldestFirst()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        long until = Timeframe.M1.FloorMs(await kraken.FetchTimeAsync(None)) - 5 * 60_000;
        long since = until - 250 * 60_000;

        var candles = await Collect(kraken, Timeframe.M1, since, until, 40);

        Assert.Equal(250, candles.Count);
        Assert.Equal(since, candles[0].OpenTimeMs);
        Assert.All(candles.Zip(candles.Skip(1)), pair => Assert.Equal(pair.First.OpenTimeMs + 60_000, pair.Second.OpenTimeMs));
        Assert.All(candles, c => Assert.True(c.Low <= Math.Min(c.Open, c.Close) && c.High >= Math.Max(c.Open, c.Close)));
    }

    [Fact]
    public async Task FetchOhlcvRange_OlderThanOhlcKeeps_IsBuiltFromTradesAndMatchesTheVenuesHours()
    {
        // Minutes 20 to 14 hours back: OHLC keeps 720 minutes (12 h), so every one comes from /0/public/Trades.
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        long hour = Timeframe.H1.FloorMs(await kraken.FetchTimeAsync(None));
        long since = hour - 20 * 3_600_000L, until = hour - 14 * 3_600_000L;

        var minutes = await Collect(kraken, Timeframe.M1, since, until, 100);
        var hours = await Collect(kraken, Timeframe.H1, since, until, 10);

        Assert.Equal(360, minutes.Count);
        Assert.All(minutes.Zip(minutes.Skip(1)), pair => Assert.Equal(pair.First.OpenTimeMs + 60_000, pair.Second.OpenTimeMs));
        var built = CandleResampler.Resample(minutes, Timeframe.M1, Timeframe.H1);
        Assert.Equal(hours.Select(h => (h.OpenTimeMs, h.Open, h.High, h.Low, h.Close)), built.Select(h => (h.OpenTimeMs, h.Open, h.High, h.Low, h.Close)));
        Assert.All(hours.Zip(built), p => Assert.Equal(p.First.Volume, p.Second.Volume, 6));
    }

    [Fact]
    public async Task FetchOhlcv_TwoHours_WhichKrakenLacks_IsBuiltFromItsHourCandles()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        long since = Timeframe.H2.FloorMs(await kraken.FetchTimeAsync(None)) - 4 * Timeframe.H2.DurationMs;

        var two = await kraken.FetchOhlcvAsync("BTC/USD", Timeframe.H2, since, 2, None);
        var one = await kraken.FetchOhlcvAsync("BTC/USD", Timeframe.H1, since, 4, None);

        Assert.Equal(2, two.Count);
        Assert.Equal(CandleResampler.Resample(one, Timeframe.H1, Timeframe.H2), two);
        Assert.Equal(since, two[0].OpenTimeMs);
    }

    [Fact]
    public async Task FetchTicker_KnownSymbol_GivesAPositivePriceWithinTheDaysRange()
    {
        var ticker = await KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).FetchTickerAsync("BTC/USD", None);

        Assert.True(ticker.Last > 0);
        Assert.InRange(ticker.Open!.Value, ticker.Low!.Value, ticker.High!.Value);
    }

    [Fact]
    public async Task FetchBalance_AssetIdsXxbtZusd_ComeBackAsBtcAndUsd()
    {
        var balance = await KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).FetchBalanceAsync(None);

        Assert.True(balance["USD"].Total > 0);
        // 1 to start with, plus what other tests of the class bought.
        Assert.True(balance["BTC"].Total >= 1m);
    }

    [Fact]
    public async Task OrderLifecycle_LimitThenCancelThenMarket_TracksStateBalancesAndFills()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        var client = "life-" + Guid.NewGuid().ToString("N")[..8];

        // ETH/USDT is used only by this test, so its balances and fills are its own.
        var limit = await kraken.CreateOrderAsync("ETH/USDT", OrderType.Limit, OrderSide.Buy, 0.123456m, 100.009m, client, None);
        Assert.Equal((OrderStatus.Open, 0.1234m, 100.00m, client), (limit.Status, limit.Amount, limit.Price!.Value, limit.ClientOrderId));
        Assert.Equal(limit.Id, (await kraken.FetchOrderAsync("ETH/USDT", OrderRef.ByClientId(client), None)).Id);
        Assert.Contains(await kraken.FetchOpenOrdersAsync("ETH/USDT", None), o => o.Id == limit.Id);
        Assert.Equal(0.1234m * 100.00m, (await kraken.FetchBalanceAsync(None))["USDT"].Used);

        var canceled = await kraken.CancelOrderAsync("ETH/USDT", OrderRef.ById(limit.Id), None);
        Assert.Equal(OrderStatus.Canceled, canceled.Status);
        Assert.DoesNotContain(await kraken.FetchOpenOrdersAsync("ETH/USDT", None), o => o.Id == limit.Id);
        Assert.Equal(OrderStatus.Canceled, (await kraken.FetchOrderAsync("ETH/USDT", OrderRef.ByClientId(client), None)).Status);

        var bought = await kraken.CreateOrderAsync("ETH/USDT", OrderType.Market, OrderSide.Buy, 0.5m, null, client + "-m", None);
        Assert.Equal((OrderType.Market, OrderStatus.Closed, 0.5m, 0.5m), (bought.Type, bought.Status, bought.Amount, bought.Filled));
        var trade = Assert.Single(await kraken.FetchMyTradesAsync("ETH/USDT", null, 100, None));
        Assert.Equal((bought.Id, OrderSide.Buy, 0.5m, "ETH"), (trade.OrderId, trade.Side, trade.Amount, trade.FeeAsset));
        Assert.Equal(0.5m - trade.Fee, (await kraken.FetchBalanceAsync(None))["ETH"].Free);
    }

    [Fact]
    public async Task StopLimitOrder_RestsAsStopLossLimitAndIsRefusedWhenAlreadyCrossed()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        var client = "stop-" + Guid.NewGuid().ToString("N")[..8];
        await kraken.CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 0.01m, null, client + "-in", None);
        decimal last = (await kraken.FetchTickerAsync("BTC/USD", None)).Last;

        var stop = await kraken.CreateStopLimitOrderAsync("BTC/USD", OrderSide.Sell, 0.005m, last * 0.9m, last * 0.89m, client, None);

        Assert.Equal((OrderType.StopLossLimit, OrderStatus.Open, 0.005m), (stop.Type, stop.Status, stop.Amount));
        Assert.Equal(Math.Floor(last * 0.9m * 100) / 100, stop.StopPrice);
        Assert.Equal(Math.Floor(last * 0.89m * 100) / 100, stop.Price);
        var listed = Assert.Single(await kraken.FetchOpenOrdersAsync("BTC/USD", None), o => o.Id == stop.Id);
        Assert.Equal((OrderType.StopLossLimit, stop.StopPrice), (listed.Type, listed.StopPrice));
        await Assert.ThrowsAsync<OrderWouldTriggerException>(() =>
            kraken.CreateStopLimitOrderAsync("BTC/USD", OrderSide.Sell, 0.005m, last * 1.1m, last * 1.09m, client + "-late", None));

        var canceled = await kraken.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(client), None);
        Assert.Equal((OrderStatus.Canceled, OrderType.StopLossLimit, stop.StopPrice), (canceled.Status, canceled.Type, canceled.StopPrice));
    }

    [Fact]
    public async Task PostOnlyOrder_SentWithOflagsPostRestsAndIsRefusedWhenItWouldTake()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        var client = "maker-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await kraken.FetchTickerAsync("BTC/USD", None)).Last;

        var resting = await kraken.CreateOrderAsync("BTC/USD", OrderType.LimitMaker, OrderSide.Buy, 0.001m, last * 0.9m, client, None);

        Assert.Equal((OrderType.LimitMaker, OrderStatus.Open), (resting.Type, resting.Status));
        Assert.Equal(OrderType.LimitMaker, Assert.Single(await kraken.FetchOpenOrdersAsync("BTC/USD", None), o => o.Id == resting.Id).Type);
        var e = await Assert.ThrowsAsync<OrderImmediatelyFillableException>(() =>
            kraken.CreateOrderAsync("BTC/USD", OrderType.LimitMaker, OrderSide.Buy, 0.001m, last * 1.01m, client + "-take", None));
        Assert.Contains("EOrder:Post only order", e.Message);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => kraken.FetchOrderAsync("BTC/USD", OrderRef.ByClientId(client + "-take"), None));
        var canceled = await kraken.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(client), None);
        Assert.Equal((OrderType.LimitMaker, OrderStatus.Canceled), (canceled.Type, canceled.Status));
    }

    [Fact]
    public async Task FetchOrder_ByLongClientIdFromAFreshAdapter_FindsWhatAnEarlierOneLeftBehind()
    {
        // A process that placed an order and died: its successor knows only the deterministic client id, here longer
        // than Kraken's 18 characters of free text, so both send the same UUID made from it.
        var client = "reconcile-1765000000000-b-" + Guid.NewGuid().ToString("N")[..8];
        var placed = await KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, client, None);

        var successor = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);
        var found = await successor.FetchOrderAsync("BTC/USD", OrderRef.ByClientId(client), None);
        await Assert.ThrowsAsync<DuplicateOrderIdException>(() =>
            successor.CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, client, None));

        Assert.Equal((placed.Id, OrderStatus.Open, 20000m, client), (found.Id, found.Status, found.Price, found.ClientOrderId));
        await successor.CancelOrderAsync("BTC/USD", OrderRef.ByClientId(client), None);
    }

    [Fact]
    public async Task CreateOrder_MoreThanTheBalance_ThrowsInsufficientFunds()
    {
        var e = await Assert.ThrowsAsync<InsufficientFundsException>(() =>
            KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).CreateOrderAsync("BTC/USD", OrderType.Market, OrderSide.Buy, 50m, null, "huge", None));

        Assert.Contains("EOrder:Insufficient funds", e.Message);
    }

    [Fact]
    public async Task FetchAndCancel_UnknownOrder_ThrowOrderNotFound()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl);

        await Assert.ThrowsAsync<OrderNotFoundException>(() => kraken.FetchOrderAsync("BTC/USD", OrderRef.ById("OABCDE-FGHIJ-KLMNOP"), None));
        var e = await Assert.ThrowsAsync<OrderNotFoundException>(() => kraken.CancelOrderAsync("BTC/USD", OrderRef.ByClientId("never-placed"), None));
        Assert.Contains("EOrder:Unknown order", e.Message);
    }

    [Fact]
    public async Task FetchTicker_UnknownSymbol_ThrowsBadSymbol()
    {
        await Assert.ThrowsAsync<BadSymbolException>(() => KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).FetchTickerAsync("DOGE/USD", None));
    }

    [Fact]
    public async Task FetchBalance_WrongSecret_ThrowsAuthenticationWithoutTheSecret()
    {
        const string wrong = "bm90LXRoZS1zZWNyZXQ=";
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials(ExchangeSimProcess.ApiKey, wrong));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => kraken.FetchBalanceAsync(None));

        Assert.Contains("EAPI:Invalid key", e.Message);
        Assert.DoesNotContain(wrong, e.Message);
    }

    [Fact]
    public async Task FetchBalance_UnknownKey_ThrowsAuthentication()
    {
        var kraken = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl, credentials: SimFixture.Credentials("someone-else", KrakenSimFixture.Secret));

        var e = await Assert.ThrowsAsync<AuthenticationException>(() => kraken.FetchBalanceAsync(None));

        Assert.Contains("EAPI:Invalid key", e.Message);
    }

    [Fact]
    public async Task PrivateCall_NonceBelowTheLastOneSeen_ThrowsInvalidNonce()
    {
        // Another client on the key whose clock is an hour behind: its nonces are lower than those already used.
        await KrakenSimFixture.Kraken(fixture.Sim.BaseUrl).FetchBalanceAsync(None);
        var behind = KrakenSimFixture.Kraken(fixture.Sim.BaseUrl, new ShiftedClock(TimeProvider.System) { Offset = TimeSpan.FromHours(-1) });

        var e = await Assert.ThrowsAsync<InvalidNonceException>(() => behind.FetchBalanceAsync(None));

        Assert.Contains("EAPI:Invalid nonce", e.Message);
    }

    private static async Task<List<Candle>> Collect(IExchange kraken, Timeframe timeframe, long since, long until, int pageLimit)
    {
        var candles = new List<Candle>();
        await foreach (var c in kraken.FetchOhlcvRangeAsync("BTC/USD", timeframe, since, until, pageLimit, None)) candles.Add(c);
        return candles;
    }
}
