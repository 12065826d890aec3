using Trader.Domain;

namespace Trader.Exchange.Tests;

public sealed class MarketTests
{
    private static readonly Market Btc = new("BTCUSDT", "BTC/USDT", "BTC", "USDT", 0.01m, 0.00001m, 0.0001m, 5m);

    [Fact]
    public void PrepareOrder_OffStepAndTick_RoundsDown()
    {
        var (amount, price) = Btc.PrepareOrder(OrderType.Limit, OrderSide.Buy, 0.123456789m, 30123.4567m, null);

        Assert.Equal(0.12345m, amount);
        Assert.Equal(30123.45m, price);
    }

    [Fact]
    public void PrepareOrder_BelowMinimumAmount_ThrowsNamingTheLimit()
    {
        var e = Assert.Throws<InvalidOrderException>(() => Btc.PrepareOrder(OrderType.Limit, OrderSide.Buy, 0.00005m, 30000m, null));

        Assert.Contains("minimum amount 0.0001 BTC", e.Message);
    }

    [Fact]
    public void PrepareOrder_BelowMinimumNotional_ThrowsNamingTheLimit()
    {
        var e = Assert.Throws<InvalidOrderException>(() => Btc.PrepareOrder(OrderType.Limit, OrderSide.Sell, 0.0002m, 20000m, null));

        Assert.Contains("minimum notional 5 USDT", e.Message);
    }

    [Fact]
    public void PrepareOrder_MarketOrderWithReferencePrice_ChecksNotional()
    {
        Assert.Throws<InvalidOrderException>(() => Btc.PrepareOrder(OrderType.Market, OrderSide.Buy, 0.0001m, null, 30000m));
        Assert.Equal(0.001m, Btc.PrepareOrder(OrderType.Market, OrderSide.Buy, 0.001m, null, 30000m).Amount);
    }

    [Fact]
    public void PrepareOrder_LimitWithoutPrice_Throws()
    {
        Assert.Throws<InvalidOrderException>(() => Btc.PrepareOrder(OrderType.Limit, OrderSide.Buy, 1m, null, null));
    }
}
