using Trader.Domain;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Exchange.Tests.Simulator;

public sealed class VenueTests : IDisposable
{
    private const string Symbol = "ABC/USDT";
    private static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"engine-{Guid.NewGuid():N}.csv");
    private readonly ManualClock _clock = new();
    private readonly Venue _engine;

    public VenueTests()
    {
        File.WriteAllLines(_csv,
        [
            "time,open,high,low,close,volume",
            "2024-01-01T00:00:00Z,100,101,99,100,10",
            "2024-01-01T00:01:00Z,100,102,99.5,101,20",
            "2024-01-01T00:02:00Z,101,101,95,96,30",
            "2024-01-01T00:03:00Z,96,104.5,96,104,40",
            "2024-01-01T00:04:00Z,109,111,108,110,50",
        ]);
        // The simulated clock starts after the first candle closed and moves with the manual clock.
        var setup = new SimulatorSetup([Symbol], _csv, 1, Timeframe.M1, TimeSpan.Zero, T0 + 60_000, 1.0,
            new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 1000m }, FeeRate: 0.001m, Slippage: 0.0005m));
        _engine = setup.Build(_clock);
    }

    public void Dispose() => File.Delete(_csv);

    [Fact]
    public void Place_MarketBuy_FillsAtLastCloseWithSlippageAndFee()
    {
        var order = _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 1m, null, "m1");

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(100.05m, order.Average);
        var balance = _engine.Balance();
        Assert.Equal(1000m - 100.05m, balance["USDT"].Free);
        Assert.Equal(0.999m, balance["ABC"].Free);
        var trade = Assert.Single(_engine.Trades(Symbol, null, null, null, 10));
        Assert.Equal((0.001m, "ABC", false), (trade.Fee, trade.FeeAsset, trade.IsMaker));
    }

    [Fact]
    public void Place_FeesInQuote_BuyGetsTheWholeAmountAndPaysTheFeeInTheQuoteAndALimitReservesIt()
    {
        var setup = new SimulatorSetup([Symbol], _csv, 1, Timeframe.M1, TimeSpan.Zero, T0 + 60_000, 1.0,
            new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 1000m }, FeeRate: 0.001m, Slippage: 0.0005m, FeesInQuote: true));
        var venue = setup.Build(_clock);

        venue.Place(Symbol, OrderType.Market, OrderSide.Buy, 1m, null, "m1");
        venue.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 97m, "l1");

        var balance = venue.Balance();
        Assert.Equal(1m, balance["ABC"].Free);
        Assert.Equal(97m * 1.001m, balance["USDT"].Used);
        Assert.Equal(1000m - 100.05m * 1.001m - 97m * 1.001m, balance["USDT"].Free);
        var trade = Assert.Single(venue.Trades(Symbol, null, null, null, 10));
        Assert.Equal((100.05m * 0.001m, "USDT"), (trade.Fee, trade.FeeAsset));
    }

    [Fact]
    public void Place_LimitBuyBelowPrice_RestsUntilACandleCrossesIt()
    {
        var order = _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 97m, "l1");
        Assert.Equal(OrderStatus.Open, order.Status);
        Assert.Equal(97m, _engine.Balance()["USDT"].Used);

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:01 closes, low 99.5: no fill
        Assert.Equal(OrderStatus.Open, _engine.Order(Symbol, OrderRef.ByClientId("l1")).Status);

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:02 closes, low 95: fills at the limit
        var filled = _engine.Order(Symbol, OrderRef.ByClientId("l1"));
        Assert.Equal((OrderStatus.Closed, 97m), (filled.Status, filled.Average));
        var balance = _engine.Balance();
        Assert.Equal((903m, 0m), (balance["USDT"].Free, balance["USDT"].Used));
        Assert.True(Assert.Single(_engine.Trades(Symbol, null, null, null, 10)).IsMaker);
    }

    [Fact]
    public void Place_LimitSellAboveGap_FillsAtItsOwnLimitAsTheMaker()
    {
        _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");
        _clock.Advance(TimeSpan.FromMinutes(3)); // now 00:04, last close 104: a sell at 105 rests
        var resting = _engine.Place(Symbol, OrderType.Limit, OrderSide.Sell, 1m, 105m, "s");
        Assert.Equal(OrderStatus.Open, resting.Status);

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:04 opened at 109, above the limit: the buyers trade at the resting ask

        Assert.Equal(105m, _engine.Order(Symbol, OrderRef.ByClientId("s")).Average);
    }

    [Fact]
    public void Place_LimitOnlyTouched_RestsUntilACandleTradesThroughIt()
    {
        _clock.Advance(TimeSpan.FromMinutes(1)); // now 00:02, last close 101; the 00:02 candle's low is 95, 00:03's is 96
        _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 95m, "touch");
        _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 96m, "through");

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(OrderStatus.Open, _engine.Order(Symbol, OrderRef.ByClientId("touch")).Status);
        Assert.Equal((OrderStatus.Closed, 96m), (_engine.Order(Symbol, OrderRef.ByClientId("through")).Status, _engine.Order(Symbol, OrderRef.ByClientId("through")).Average));
    }

    [Fact]
    public void Place_OrderArrivesInsideACandle_TakesPartInThatCandle()
    {
        _clock.Advance(TimeSpan.FromSeconds(90)); // 00:02:30, inside the 00:02 candle (low 95); last close 101
        _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 97m, "inside");

        _clock.Advance(TimeSpan.FromSeconds(30)); // 00:02 closes

        var order = _engine.Order(Symbol, OrderRef.ByClientId("inside"));
        Assert.Equal((OrderStatus.Closed, 97m), (order.Status, order.Average));
        Assert.Equal(T0 + 3 * 60_000, order.LastUpdateMs);
    }

    [Theory]
    [InlineData(OrderSide.Buy, 100)]  // last close 100: a buy at or above it would take
    [InlineData(OrderSide.Sell, 100)] // a sell at or below it would take
    public void Place_PostOnlyThatWouldTake_RefusedAndNothingLocked(OrderSide side, int price)
    {
        if (side == OrderSide.Sell) _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");
        var before = _engine.Balance();

        var e = Assert.Throws<OrderImmediatelyFillableException>(() => _engine.Place(Symbol, OrderType.LimitMaker, side, 1m, price, "pm"));

        Assert.Contains("immediately match and take", e.Message);
        Assert.Equal(before["USDT"].Free, _engine.Balance()["USDT"].Free);
        Assert.DoesNotContain(_engine.AllOrders(), o => o.ClientOrderId == "pm");
        var resting = _engine.Place(Symbol, OrderType.LimitMaker, side, 1m, side == OrderSide.Buy ? 99m : 101m, "pm");
        Assert.Equal((OrderStatus.Open, OrderType.LimitMaker), (resting.Status, resting.Type));
    }

    [Theory]
    [InlineData(OrderSide.Buy, 101)]
    [InlineData(OrderSide.Sell, 99)]
    public void Place_PostOnlyThatWouldTakeOnAVenueThatCancelsIt_RecordedCanceledNothingLockedOrFilled(OrderSide side, int price)
    {
        if (side == OrderSide.Sell) _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");
        var before = _engine.Balance();

        var order = _engine.Place(Symbol, OrderType.LimitMaker, side, 1m, price, "pm", crossing: PostOnlyCrossing.Cancel);

        Assert.Equal((OrderStatus.Canceled, OrderType.LimitMaker, 0m), (order.Status, order.Type, order.Filled));
        Assert.Equal(order, _engine.Order(Symbol, OrderRef.ByClientId("pm")));
        Assert.Equal((before["USDT"].Free, before["BTC"].Free), (_engine.Balance()["USDT"].Free, _engine.Balance()["BTC"].Free));
        Assert.Empty(_engine.Trades(Symbol, null, null, order.Id, int.MaxValue));
    }

    [Fact]
    public void StopLimitSell_PriceFallsThroughTheStop_FillsAtTheStopAsATaker()
    {
        _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");
        var stop = _engine.Place(Symbol, OrderType.StopLossLimit, OrderSide.Sell, 1m, 97m, "stop", stopPrice: 98m);
        Assert.Equal((OrderStatus.Open, 98m, 1m), (stop.Status, stop.StopPrice, _engine.Balance()["ABC"].Used));

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:01, low 99.5: the stop waits
        Assert.Equal(OrderStatus.Open, _engine.Order(Symbol, OrderRef.ByClientId("stop")).Status);

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:02 opens at 101 and falls to 95: triggered at 98, above the limit
        var filled = _engine.Order(Symbol, OrderRef.ByClientId("stop"));
        Assert.Equal((OrderStatus.Closed, 98m), (filled.Status, filled.Average));
        Assert.False(_engine.Trades(Symbol, null, null, filled.Id, 10).Single().IsMaker);
        Assert.Equal(0m, _engine.Balance()["ABC"].Used);
    }

    [Theory]
    [InlineData(106, 110, OrderStatus.Closed, 109)] // gapped past the stop, within the limit: fills at the open
    [InlineData(105, 108, OrderStatus.Closed, 108)] // gapped past the limit too; the candle came back to it: fills at the limit
    [InlineData(105, 107, OrderStatus.Open, null)]  // gapped past both and never back: rests at the limit, unfilled
    public void StopLimitBuy_CandleGapsUp_FillsAtTheOpenOrRestsAtTheLimit(int stopPrice, int limitPrice, OrderStatus status, int? average)
    {
        _clock.Advance(TimeSpan.FromMinutes(3)); // now 00:04, last close 104; the 00:04 candle opens at 109 (low 108)
        _engine.Place(Symbol, OrderType.StopLossLimit, OrderSide.Buy, 1m, limitPrice, "stop", stopPrice: stopPrice);

        _clock.Advance(TimeSpan.FromMinutes(1));

        var order = _engine.Order(Symbol, OrderRef.ByClientId("stop"));
        Assert.Equal((status, (decimal?)average), (order.Status, order.Average));
    }

    [Fact]
    public void StopLimit_StopAlreadyCrossed_IsRefusedAsWouldTrigger()
    {
        _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");

        Assert.Throws<OrderWouldTriggerException>(() => _engine.Place(Symbol, OrderType.StopLossLimit, OrderSide.Sell, 1m, 99m, "s", stopPrice: 100m));
        Assert.Throws<OrderWouldTriggerException>(() => _engine.Place(Symbol, OrderType.StopLossLimit, OrderSide.Buy, 1m, 101m, "b2", stopPrice: 99m));
        Assert.Equal(0m, _engine.Balance()["ABC"].Used);
    }

    [Fact]
    public void StopLimit_Cancelled_ReleasesWhatItLockedAndNeverTriggers()
    {
        _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 2m, null, "b");
        _engine.Place(Symbol, OrderType.StopLossLimit, OrderSide.Sell, 1.5m, 97m, "stop", stopPrice: 98m);

        _engine.Cancel(Symbol, OrderRef.ByClientId("stop"));
        _clock.Advance(TimeSpan.FromMinutes(2)); // 00:02 falls to 95

        Assert.Equal(OrderStatus.Canceled, _engine.Order(Symbol, OrderRef.ByClientId("stop")).Status);
        Assert.Equal((1.998m, 0m), (_engine.Balance()["ABC"].Free, _engine.Balance()["ABC"].Used));
    }

    [Fact]
    public void Place_MoreThanTheBalance_ThrowsInsufficientFundsAndChangesNothing()
    {
        var before = _engine.Balance();

        Assert.Throws<InsufficientFundsException>(() => _engine.Place(Symbol, OrderType.Market, OrderSide.Buy, 10m, null, "big"));

        Assert.Equal(before.Assets["USDT"], _engine.Balance()["USDT"]);
        Assert.Empty(_engine.AllOrders());
    }

    [Fact]
    public void Place_SellWithoutHoldings_ThrowsInsufficientFunds()
    {
        Assert.Throws<InsufficientFundsException>(() => _engine.Place(Symbol, OrderType.Limit, OrderSide.Sell, 1m, 120m, "s"));
    }

    [Fact]
    public void Cancel_OpenLimitOrder_ReleasesTheLockedBalance()
    {
        _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 2m, 90m, "c1");

        var canceled = _engine.Cancel(Symbol, OrderRef.ByClientId("c1"));

        Assert.Equal(OrderStatus.Canceled, canceled.Status);
        Assert.Equal(new BalanceEntry(1000m, 0m), _engine.Balance()["USDT"]);
        Assert.Throws<OrderNotFoundException>(() => _engine.Cancel(Symbol, OrderRef.ByClientId("c1")));
    }

    [Fact]
    public void Place_ClientIdOfAnOpenOrder_ThrowsDuplicate()
    {
        _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 90m, "dup");

        Assert.Throws<DuplicateOrderIdException>(() => _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, 1m, 90m, "dup"));
        Assert.Single(_engine.AllOrders());
    }

    [Theory]
    [InlineData(1.0001, 100, "LOT_SIZE")]
    [InlineData(1, 100.0001, "PRICE_FILTER")]
    [InlineData(0.01, 100, "NOTIONAL")]
    public void Place_OffTheFilters_ThrowsFilterFailure(double amount, double price, string filter)
    {
        var e = Assert.Throws<InvalidOrderException>(() => _engine.Place(Symbol, OrderType.Limit, OrderSide.Buy, (decimal)amount, (decimal)price, "f"));

        Assert.Equal("Filter failure: " + filter, e.Message);
    }

    [Fact]
    public void Candles_CoarserTimeframe_AggregatesClosedBucketsOnly()
    {
        _clock.Advance(TimeSpan.FromMinutes(4)); // now 00:05: candles 00:00..00:04 closed

        var candles = _engine.Candles(Symbol, Timeframe.M3, T0, null, 10);

        var c = Assert.Single(candles); // 00:03-00:06 has not closed
        Assert.Equal(new Candle(T0, 100, 102, 95, 96, 60), c);
    }

    [Fact]
    public void Candles_WithoutStart_ReturnsTheLatestClosed()
    {
        _clock.Advance(TimeSpan.FromMinutes(2)); // now 00:03

        var candles = _engine.Candles(Symbol, Timeframe.M1, null, null, 2);

        Assert.Equal([T0 + 60_000, T0 + 120_000], candles.Select(k => k.OpenTimeMs));
    }

    [Fact]
    public async Task SimulatedExchange_CreateOrder_RoundsToStepBeforePlacing()
    {
        var exchange = new SimulatedExchange(_engine);

        var order = await exchange.CreateOrderAsync(Symbol, OrderType.Limit, OrderSide.Buy, 1.23456m, 90.12345m, "r", CancellationToken.None);

        Assert.Equal((1.234m, 90.123m), (order.Amount, order.Price!.Value));
    }
}

/// <summary>Binance's "pay fees with BNB" in the matching core (<see cref="SimulatorSettings.FeeAsset"/>).</summary>
public sealed class VenueFeeAssetTests
{
    private readonly ManualClock _clock = new();

    private Venue Build(decimal bnb) =>
        (SimulatorSetup.Default with
        {
            Symbols = ["BTC/USDT", "BNB/USDT"],
            Settings = new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BNB"] = bnb }, FeeRate: 0.001m, FeeAsset: "BNB"),
        }).Build(_clock);

    [Fact]
    public void Place_MarketBuyWithBnb_FeeTakenFromBnbAtItsPriceAndTheBaseArrivesWhole()
    {
        var venue = Build(bnb: 5m);
        decimal bnbPrice = venue.Ticker("BNB/USDT").Last;

        var order = venue.Place("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.01m, null, "b1");

        var trade = Assert.Single(venue.Trades("BTC/USDT", null, null, null, 10));
        decimal fee = Math.Round(order.Cost * 0.001m / bnbPrice, 8, MidpointRounding.AwayFromZero);
        Assert.Equal((fee, "BNB"), (trade.Fee, trade.FeeAsset));
        Assert.Equal(0.01m, venue.Balance()["BTC"].Free);
        Assert.Equal(5m - fee, venue.Balance()["BNB"].Free);
    }

    [Fact]
    public void Place_MarketBuyWithoutBnb_FeeInTheAssetReceived()
    {
        var venue = Build(bnb: 0m);

        venue.Place("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.01m, null, "b1");

        var trade = Assert.Single(venue.Trades("BTC/USDT", null, null, null, 10));
        Assert.Equal((0.00001m, "BTC"), (trade.Fee, trade.FeeAsset));
    }
}
