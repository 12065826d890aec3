using Trader.Domain;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Exchange.Tests.Simulator;

public sealed class VenueOcoTests : IDisposable
{
    private const string Symbol = "ABC/USDT";
    private static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"oco-{Guid.NewGuid():N}.csv");
    private readonly ManualClock _clock = new();
    private readonly Venue _venue;

    public VenueOcoTests()
    {
        File.WriteAllLines(_csv,
        [
            "time,open,high,low,close,volume",
            "2024-01-01T00:00:00Z,100,101,99,100,10",
            "2024-01-01T00:01:00Z,100,102,99.5,101,20",  // reaches neither 103 nor 97
            "2024-01-01T00:02:00Z,101,101,95,96,30",     // through 97
            "2024-01-01T00:03:00Z,96,104.5,96,104,40",   // through 104
            "2024-01-01T00:04:00Z,100,106,94,100,50",    // through both 105 and 95
        ]);
        var setup = new SimulatorSetup([Symbol], _csv, 1, Timeframe.M1, TimeSpan.Zero, T0 + 60_000, 1.0,
            new SimulatorSettings(new Dictionary<string, decimal> { ["USDT"] = 1000m, ["ABC"] = 5m }, FeeRate: 0.001m, Slippage: 0m));
        _venue = setup.Build(_clock);
    }

    public void Dispose() => File.Delete(_csv);

    private static OcoOrder Sell(decimal limit, decimal stop, decimal stopLimit, string id = "l1") =>
        new(Symbol, OrderSide.Sell, 2m, limit, stop, stopLimit, id, id + "-tp", id + "-sl");

    [Theory]
    [InlineData(99, 97)]   // the limit is below the last price (100): it would take
    [InlineData(103, 100)] // the stop is at the last price: it would trigger at once
    public void PlaceOco_SellPricesOnTheWrongSideOfTheLastPrice_RefusedAsBinanceDoes(decimal limit, decimal stop)
    {
        var e = Assert.Throws<OrderPriceRelationshipException>(() => _venue.PlaceOco(Sell(limit, stop, stop - 0.5m)));
        Assert.Equal("The relationship of the prices for the orders is not correct.", e.Message);
        Assert.Empty(_venue.OpenOrders(Symbol));
        Assert.Equal(5m, _venue.Balance()["ABC"].Free);
    }

    [Fact]
    public void PlaceOco_Sell_TwoOrdinaryOrdersOfOneListLockingTheAmountOnce()
    {
        var list = _venue.PlaceOco(Sell(103m, 97m, 96.5m));

        Assert.False(list.IsDone);
        Assert.Equal(("l1", "l1-sl", "l1-tp"), (list.ListClientOrderId, list.StopLeg.ClientOrderId, list.LimitLeg.ClientOrderId));
        var open = _venue.OpenOrders(Symbol);
        Assert.Equal([OrderType.StopLossLimit, OrderType.LimitMaker], open.Select(o => o.Type));
        Assert.All(open, o => Assert.Equal(list.Id, o.OrderListId));
        Assert.Equal((3m, 2m), (_venue.Balance()["ABC"].Free, _venue.Balance()["ABC"].Used));
        Assert.Equal(list.Id, Assert.Single(_venue.OpenOrderLists()).Id);
        Assert.Throws<DuplicateOrderIdException>(() => _venue.PlaceOco(Sell(103m, 97m, 96.5m)));
    }

    [Fact]
    public void PlaceOco_StopReached_StopLegFillsAndTheLimitLegExpires()
    {
        _venue.PlaceOco(Sell(103m, 97m, 96.5m));

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:01: neither
        Assert.False(_venue.OrderList(OrderRef.ByClientId("l1")).IsDone);
        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:02: low 95 through the stop

        var list = _venue.OrderList(OrderRef.ByClientId("l1"));
        Assert.True(list.IsDone);
        Assert.Equal((OrderStatus.Closed, 97m), (list.StopLeg.Status, list.StopLeg.Average));
        Assert.Equal(OrderStatus.Expired, list.LimitLeg.Status);
        Assert.Empty(_venue.OpenOrderLists());
        var trade = Assert.Single(_venue.Trades(Symbol, null, null, null, 10));
        Assert.Equal((list.StopLeg.Id, 97m, 2m), (trade.OrderId, trade.Price, trade.Amount));
        Assert.Equal((3m, 0m), (_venue.Balance()["ABC"].Free, _venue.Balance()["ABC"].Used));
    }

    [Fact]
    public void PlaceOco_TargetReached_LimitLegFillsAtItsPriceAsMakerAndTheStopLegExpires()
    {
        _venue.PlaceOco(Sell(104m, 94m, 93.5m));

        _clock.Advance(TimeSpan.FromMinutes(3)); // 00:03: high 104.5 through the limit

        var list = _venue.OrderList(OrderRef.ByClientId("l1"));
        Assert.Equal((OrderStatus.Closed, 104m), (list.LimitLeg.Status, list.LimitLeg.Average));
        Assert.Equal(OrderStatus.Expired, list.StopLeg.Status);
        var trade = Assert.Single(_venue.Trades(Symbol, null, null, null, 10));
        Assert.Equal((list.LimitLeg.Id, 104m, true), (trade.OrderId, trade.Price, trade.IsMaker));
        Assert.Equal(1000m + 208m * 0.999m, _venue.Balance()["USDT"].Free);
        Assert.Equal(0m, _venue.Balance()["ABC"].Used);
    }

    [Fact]
    public void PlaceOco_CandleThroughBothLegs_TheStopLegGoesFirst()
    {
        _clock.Advance(TimeSpan.FromMinutes(3)); // last 104
        _venue.PlaceOco(Sell(105m, 95m, 94.5m));

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:04: low 94, high 106

        var list = _venue.OrderList(OrderRef.ByClientId("l1"));
        Assert.Equal((OrderStatus.Closed, 95m), (list.StopLeg.Status, list.StopLeg.Average));
        Assert.Equal(OrderStatus.Expired, list.LimitLeg.Status);
        Assert.Single(_venue.Trades(Symbol, null, null, null, 10));
    }

    [Fact]
    public void CancelList_Open_CancelsBothLegsAndReleasesTheAmountOnce()
    {
        var placed = _venue.PlaceOco(Sell(103m, 97m, 96.5m));

        var canceled = _venue.CancelList(Symbol, OrderRef.ById(placed.Id));

        Assert.True(canceled.IsDone);
        Assert.All(canceled.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal((5m, 0m), (_venue.Balance()["ABC"].Free, _venue.Balance()["ABC"].Used));
        Assert.Throws<OrderNotFoundException>(() => _venue.CancelList(Symbol, OrderRef.ById(placed.Id)));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Empty(_venue.Trades(Symbol, null, null, null, 10));
    }

    [Fact]
    public void Cancel_OneLeg_CancelsTheWholeList()
    {
        _venue.PlaceOco(Sell(103m, 97m, 96.5m));

        _venue.Cancel(Symbol, OrderRef.ByClientId("l1-tp"));

        var list = _venue.OrderList(OrderRef.ByClientId("l1"));
        Assert.All(list.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal((5m, 0m), (_venue.Balance()["ABC"].Free, _venue.Balance()["ABC"].Used));
    }
}
