using Serilog.Core;
using Trader.Domain;
using Trader.Execution.Brokers;

namespace Trader.Execution.Tests.Brokers;

public sealed class SimulatedBrokerTests
{
    private static readonly Market Market = Markets.Of(0.01m, 0.001m, 0.001m, 10m);

    private static SimulatedBroker Broker(decimal fee = 0.001m, decimal slippage = 0.0005m) =>
        SimulatedBroker.FromPaper(new PaperConfig(10_000m, fee, slippage), Market, Logger.None);

    private static SubmitOrderParameters Buy(string id, decimal quote) =>
        new(id, OrderSide.Buy, OrderTrigger.NextOpen, quote, 0m, null, 1000, "test");

    private static BrokerCandleParameters Candle(double open) => new(new Candle(3_600_000, open, open + 5, open - 5, open, 1), 7_200_000);

    [Fact]
    public async Task SubmitAsync_MarketBuy_StaysOpenUntilNextCandle()
    {
        var broker = Broker();
        var result = await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        Assert.Equal(OrderStatus.Open, result.Status);
        Assert.Null(result.Fill);
    }

    [Fact]
    public async Task OnCandleAsync_PendingBuy_FillsAtOpenWithSlippageTickStepAndFeeExact()
    {
        var broker = Broker();
        await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        var done = await broker.OnCandleAsync(Candle(100.0), CancellationToken.None);

        var fill = Assert.Single(done).Fill!;
        // 100 × 1.0005 = 100.05 (already on the tick); 1000 / 100.05 = 9.99500..., down to the step: 9.995;
        // fee = 9.995 × 100.05 × 0.001 = 0.99999975.
        Assert.Equal(100.05m, fill.Price);
        Assert.Equal(9.995m, fill.Amount);
        Assert.Equal(0.99999975m, fill.Fee);
        Assert.Equal(3_600_000, fill.TimeMs);
    }

    [Fact]
    public async Task OnCandleAsync_BuyPriceOffTick_RoundsUpAgainstTheBuyer()
    {
        var broker = Broker(fee: 0m, slippage: 0.0001m);
        await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        var fill = Assert.Single(await broker.OnCandleAsync(Candle(100.0), CancellationToken.None)).Fill!;
        // 100 × 1.0001 = 100.01 exactly; with open 100.001 it would round to 100.02. Check the latter too.
        Assert.Equal(100.01m, fill.Price);

        var broker2 = Broker(fee: 0m, slippage: 0m);
        await broker2.SubmitAsync(Buy("b", 1000m), CancellationToken.None);
        var fill2 = Assert.Single(await broker2.OnCandleAsync(Candle(100.001), CancellationToken.None)).Fill!;
        Assert.Equal(100.01m, fill2.Price);
    }

    [Fact]
    public async Task SubmitAsync_StopSell_FillsAtOnceAtStopMinusSlippageRoundedDown()
    {
        var broker = Broker();
        var order = new SubmitOrderParameters("s", OrderSide.Sell, OrderTrigger.Stop, 0m, 2m, 97m, 5000, "stop_loss");
        var result = await broker.SubmitAsync(order, CancellationToken.None);
        // 97 × (1 − 0.0005) = 96.9515 → 96.95 on the tick; fee 2 × 96.95 × 0.001 = 0.1939.
        Assert.Equal(OrderStatus.Closed, result.Status);
        Assert.Equal(96.95m, result.Fill!.Price);
        Assert.Equal(0.1939m, result.Fill.Fee);
        Assert.Equal(5000, result.Fill.TimeMs);
    }

    [Fact]
    public async Task SubmitAsync_TargetSell_FillsAtTargetWithoutSlippage()
    {
        var broker = Broker();
        var order = new SubmitOrderParameters("t", OrderSide.Sell, OrderTrigger.Target, 0m, 2m, 106m, 5000, "take_profit");
        var result = await broker.SubmitAsync(order, CancellationToken.None);
        Assert.Equal(106m, result.Fill!.Price);
    }

    [Fact]
    public async Task OnCandleAsync_BuyBelowMinNotional_RejectedWithReason()
    {
        var broker = Broker();
        await broker.SubmitAsync(Buy("a", 5m), CancellationToken.None);
        var result = Assert.Single(await broker.OnCandleAsync(Candle(100.0), CancellationToken.None));
        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Contains("minimum notional 10", result.RejectReason);
    }

    [Fact]
    public async Task SubmitAsync_SameClientOrderIdTwice_SecondReturnsFirstResult()
    {
        var broker = Broker();
        await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        var done = await broker.OnCandleAsync(Candle(100.0), CancellationToken.None);
        Assert.Single(done);
    }

    [Fact]
    public async Task CancelOpenOrdersAsync_PendingBuy_NeverFills()
    {
        var broker = Broker();
        await broker.SubmitAsync(Buy("a", 1000m), CancellationToken.None);
        var canceled = await broker.CancelOpenOrdersAsync(CancellationToken.None);
        Assert.Equal("a", Assert.Single(canceled).ClientOrderId);
        Assert.Empty(await broker.OnCandleAsync(Candle(100.0), CancellationToken.None));
    }
}
