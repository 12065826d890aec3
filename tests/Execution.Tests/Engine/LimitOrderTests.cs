using Trader.Domain;
using Trader.Execution.Brokers;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Risk.Trades;
using static Trader.Execution.Tests.EngineHarness;

namespace Trader.Execution.Tests.Engine;

/// <summary>`entry:` / `exit:` with `type: limit`: rest at the offset from the deciding close, fill at the limit when a later candle trades through it, canceled after the timeout.</summary>
public sealed class LimitOrderTests
{
    private static readonly Market Market = Markets.Of(0.01m, 0.0001m);
    private static readonly OrderConfig Limit = new(OrderKind.Limit, Offset: 0.01m, TimeoutCandles: 2);

    [Fact]
    public async Task LimitEntry_LaterCandleTradesThrough_FillsAtTheLimitWithoutSlippage()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), paper: new PaperConfig(10_000m, 0m, 0.01m), market: Market, entry: Limit);
        // Close 100: the buy rests at 99. Candle 1 stays above it, candle 2 trades through it.
        await h.RunAsync([Flat(0, 100), C(1, 100, 101, 99.5, 100), C(2, 100, 100, 98.5, 99)]);

        var position = Assert.Single(h.Engine.Positions);
        Assert.Equal(99m, position.EntryPrice);
        // Half of 10000 at 99, down to the step: 50.5050.
        Assert.Equal(50.505m, position.Amount);
        // Filled somewhere inside candle 2: stamped at its close.
        Assert.Equal(Close(2), position.EntryTimeMs);
        var order = h.Journal.Orders[^1];
        Assert.Equal(OrderTrigger.Limit, order.Order.Trigger);
        Assert.Equal(99m, order.Order.Price);
    }

    [Fact]
    public async Task LimitEntry_OnlyTouchedUntilTheTimeout_CanceledAndNoPosition()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), market: Market, entry: Limit);
        // The low touches 99 but never goes below it: a touch does not fill; after two candles the order is canceled.
        await h.RunAsync([Flat(0, 100), C(1, 100, 101, 99, 100), C(2, 100, 101, 99, 100), C(3, 100, 101, 90, 100)]);

        Assert.Empty(h.Engine.Positions);
        Assert.Equal(10_000m, h.Engine.Cash);
        var id = "test-" + Open(0) + "-b";
        Assert.Equal(OrderStatus.Canceled, h.Journal.Orders.Last(o => o.Order.ClientOrderId == id).Status);
        Assert.DoesNotContain(h.Journal.Orders, o => o.Status == OrderStatus.Closed);
    }

    [Fact]
    public async Task LimitExit_RestsAboveTheCloseAndFillsWhenTheHighGoesThrough()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0, exit: 1), market: Market, exit: Limit);
        // Entry at market at candle 1's open (100); the exit signal at candle 1's close (100) rests a sell at 101.
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 100, 100.5, 99.5, 100), C(3, 100, 102, 99.5, 101)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(101m, trade.ExitPrice);
        Assert.Equal(ExitReason.Signal, trade.ExitReason);
        Assert.Empty(h.Engine.Positions);
    }

    [Fact]
    public async Task LimitEntry_FillCandleAlsoReachesTheStop_StopCheckedFromTheNextCandle()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.01m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market, entry: Limit);
        // The buy rests at 99; candle 1 trades through it and on down to 97, below the 98.01 stop: inside that candle the
        // order of the fill and the low is unknown (and live the stop goes on only after it), so the lot stays open.
        // Candle 2 reaches the stop: the lot is stopped there.
        await h.RunAsync([Flat(0, 100), C(1, 100, 100, 97, 99), C(2, 99, 99.5, 98, 98.5)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal((Close(1), 99m), (trade.EntryTimeMs, trade.EntryPrice));
        Assert.Equal(ExitReason.StopLoss, trade.ExitReason);
        Assert.Equal(Close(2), trade.ExitTimeMs);
    }

    [Fact]
    public async Task MarketEntry_FillCandleReachesTheStop_StoppedInThatCandle()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.01m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        // A market entry fills at candle 1's open (100): the rest of that candle follows the fill, down to 97.
        await h.RunAsync([Flat(0, 100), C(1, 100, 100, 97, 99)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(ExitReason.StopLoss, trade.ExitReason);
        Assert.Equal(Close(1), trade.ExitTimeMs);
    }

    [Fact]
    public async Task LimitExitResting_CandleReachesTheStop_ExitCanceledAndSoldAtTheNextOpen()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.01m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0, exit: 1), risk, paper: new PaperConfig(10_000m, 0m, 0m), market: Market, exit: Limit);
        // Market entry at candle 1's open (100, stop 99); the exit signal at its close rests a sell at 101. Candle 2 falls
        // to 98, through the stop: no stop order rests beside the exit, so the exit is canceled and the lot sold at
        // candle 3's open (98.5), not at the stop.
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 100, 100, 98, 98.5), C(3, 98.5, 99, 98, 98.7)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal((ExitReason.StopLoss, 98.5m, Open(3)), (trade.ExitReason, trade.ExitPrice, trade.ExitTimeMs));
        Assert.Contains(h.Journal.Orders, o => o.Order.Trigger == OrderTrigger.Limit && o.Status == OrderStatus.Canceled);
    }

    [Fact]
    public async Task LimitExitTimedOutInTheCandleThatReachesTheStop_SoldAtTheNextOpen()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.01m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0, exit: 1), risk, paper: new PaperConfig(10_000m, 0m, 0m), market: Market,
            exit: new OrderConfig(OrderKind.Limit, Offset: 0.01m, TimeoutCandles: 1));
        // The exit rests through candle 2 only and is canceled at its close; candle 2 also fell through the stop while the
        // exit rested (no stop order beside it), so the lot is sold at candle 3's open, not at the stop.
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 100, 100, 98, 98.5), C(3, 98.5, 99, 98, 98.7)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal((ExitReason.StopLoss, 98.5m, Open(3)), (trade.ExitReason, trade.ExitPrice, trade.ExitTimeMs));
    }

    [Fact]
    public async Task PostOnlyLimitEntry_PricedAtTheClose_RejectedAsTheVenueWould()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), market: Market, entry: new OrderConfig(OrderKind.Limit, Offset: 0m, PostOnly: true));
        await h.RunAsync([Flat(0, 100), C(1, 100, 101, 98, 100)]);

        Assert.Empty(h.Engine.Positions);
        var order = Assert.Single(h.Journal.Orders);
        Assert.Equal((OrderStatus.Rejected, OrderType.LimitMaker), (order.Status, order.Order.Type));
        Assert.Contains("post-only", order.RejectReason);
    }

    [Fact]
    public void Validate_OffsetOrTimeoutOutOfRange_Reported()
    {
        var violations = new OrderConfig(OrderKind.Limit, Offset: 0.2m, TimeoutCandles: 0).Violations();
        Assert.Contains(violations, v => v.Property == nameof(OrderConfig.Offset));
        Assert.Contains(violations, v => v.Property == nameof(OrderConfig.TimeoutCandles));
    }
}
