using Trader.Domain;
using Trader.Testing;

namespace Trader.Exchange.Tests.Integration;

/// <summary>The Binance adapter's OCO order lists against ExchangeSim as a real process over loopback HTTP.</summary>
public sealed class BinanceOrderListTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static OcoOrder Sell(string id, decimal amount, decimal limit, decimal stop) =>
        new("BTC/USDT", OrderSide.Sell, amount, limit, stop, stop * 0.99m, id, id + "-tp", id + "-sl");

    [Fact]
    public async Task CreateOco_Sell_TwoLegsOfOneListReadBackByListAndLegsThenCanceledTogether()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var id = "oco-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await binance.FetchTickerAsync("BTC/USDT", None)).Last;
        decimal lockedBefore = (await binance.FetchBalanceAsync(None))["BTC"].Used;

        var list = await binance.CreateOcoOrderAsync(Sell(id, 0.004m, last * 1.2m, last * 0.8m), None);

        Assert.False(list.IsDone);
        Assert.Equal((id, id + "-sl", id + "-tp"), (list.ListClientOrderId, list.StopLeg.ClientOrderId, list.LimitLeg.ClientOrderId));
        Assert.Equal(Math.Floor(last * 0.8m * 100) / 100, list.StopLeg.StopPrice);
        Assert.Equal(Math.Floor(last * 1.2m * 100) / 100, list.LimitLeg.Price);
        Assert.All(list.Orders, o => Assert.Equal((OrderStatus.Open, list.Id), (o.Status, o.OrderListId)));
        Assert.Equal(lockedBefore + 0.004m, (await binance.FetchBalanceAsync(None))["BTC"].Used);
        var leg = await binance.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(id + "-tp"), None);
        Assert.Equal((OrderType.LimitMaker, list.Id), (leg.Type, leg.OrderListId));
        var read = await binance.FetchOrderListAsync("BTC/USDT", OrderRef.ByClientId(id), None);
        Assert.Equal((list.Id, false, 2), (read.Id, read.IsDone, read.Orders.Count));
        Assert.Contains(await binance.FetchOpenOrderListsAsync("BTC/USDT", None), l => l.Id == list.Id);

        var canceled = await binance.CancelOrderListAsync("BTC/USDT", OrderRef.ByClientId(id), None);

        Assert.True(canceled.IsDone);
        Assert.All(canceled.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal(lockedBefore, (await binance.FetchBalanceAsync(None))["BTC"].Used);
        Assert.DoesNotContain(await binance.FetchOpenOrderListsAsync("BTC/USDT", None), l => l.Id == list.Id);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.CancelOrderListAsync("BTC/USDT", OrderRef.ById(list.Id), None));
    }

    [Fact]
    public async Task CreateOco_TargetAlreadyBelowThePrice_ThrowsPriceRelationshipNamingTheRule()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var id = "late-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await binance.FetchTickerAsync("BTC/USDT", None)).Last;

        var e = await Assert.ThrowsAsync<OrderPriceRelationshipException>(() => binance.CreateOcoOrderAsync(Sell(id, 0.004m, last * 0.95m, last * 0.8m), None));

        Assert.Contains("-2010", e.Message);
        Assert.Contains("limit above the last price", e.Message);
        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.FetchOrderListAsync("BTC/USDT", OrderRef.ByClientId(id), None));
        await Assert.ThrowsAsync<OrderNotFoundException>(() => binance.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId(id + "-sl"), None));
    }

    [Fact]
    public async Task CreateOco_SameListIdTwice_ThrowsDuplicateOrderId()
    {
        var binance = SimFixture.Binance(fixture.Sim.BaseUrl);
        var id = "dup-" + Guid.NewGuid().ToString("N")[..8];
        decimal last = (await binance.FetchTickerAsync("BTC/USDT", None)).Last;
        await binance.CreateOcoOrderAsync(Sell(id, 0.002m, last * 1.2m, last * 0.8m), None);

        await Assert.ThrowsAsync<DuplicateOrderIdException>(() => binance.CreateOcoOrderAsync(Sell(id, 0.002m, last * 1.2m, last * 0.8m), None));

        await binance.CancelOrderListAsync("BTC/USDT", OrderRef.ByClientId(id), None);
    }
}
