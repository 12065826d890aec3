using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Execution.Brokers;
using Trader.Risk.Trades;
using static Trader.Execution.Tests.EngineHarness;

namespace Trader.Execution.Tests.Engine;

public sealed class TradingEngineTests
{
    private static readonly Market Market = Markets.Of(0.01m, 0.0001m);

    [Fact]
    public async Task OnClosedCandleAsync_EntrySignal_FillsAtNextCandlesOpen()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), market: Market);
        var steps = await h.RunAsync([Flat(0, 100), C(1, 101, 102, 100, 101.5)]);

        Assert.Equal("test-" + Open(0) + "-b", steps[0].OrderId);
        var position = Assert.Single(h.Engine.Positions);
        // Half of 10000 at the next open (101), down to the 0.0001 step: 5000 / 101 = 49.50495... → 49.5049.
        Assert.Equal(101m, position.EntryPrice);
        Assert.Equal(49.5049m, position.Amount);
        Assert.Equal(Open(1), position.EntryTimeMs);
    }

    [Fact]
    public async Task OnClosedCandleAsync_EntrySignal_NotFilledBeforeNextCandle()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), market: Market);
        await h.RunAsync([Flat(0, 100)]);
        Assert.Empty(h.Engine.Positions);
        Assert.Equal(OrderStatus.Open, Assert.Single(h.Journal.Orders).Status);
        Assert.Equal(10_000m, h.Engine.Cash);
    }

    [Fact]
    public async Task RoundTrip_WithFeeAndSlippage_IsExactInDecimal()
    {
        var paper = new PaperConfig(10_000m, 0.001m, 0.001m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0, exit: 2), paper: paper, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), Flat(2, 110), Flat(3, 110)]);

        var trade = Assert.Single(h.Journal.Trades);
        // Buy at 100 × 1.001 = 100.1; 5000 / 100.1 = 49.95004... → 49.95; notional 4999.995, fee 4.999995.
        Assert.Equal(100.1m, trade.EntryPrice);
        Assert.Equal(49.95m, trade.Amount);
        Assert.Equal(4.999995m, trade.EntryFee);
        // Sell at the open after the exit signal: 110 × 0.999 = 109.89; notional 5489.0055, fee 5.4890055.
        Assert.Equal(109.89m, trade.ExitPrice);
        Assert.Equal(5.4890055m, trade.ExitFee);
        Assert.Equal(Open(3), trade.ExitTimeMs);
        Assert.Equal(ExitReason.Signal, trade.ExitReason);
        // pnl = 5489.0055 − 4999.995 − 4.999995 − 5.4890055
        Assert.Equal(478.5214995m, trade.Pnl);
        Assert.Equal(10_478.5214995m, h.Engine.Cash);
    }

    [Fact]
    public async Task StopAndTargetInsideOneCandle_StopWins()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.03m, TakeProfit: 0.06m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        await h.RunAsync([Flat(0, 100), C(1, 100, 107, 96, 100)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(ExitReason.StopLoss, trade.ExitReason);
        Assert.Equal(97m, trade.ExitPrice);
        Assert.Equal(Close(1), trade.ExitTimeMs);
        Assert.Equal("test-" + Open(1) + "-sl", trade.ExitOrderId);
    }

    [Fact]
    public async Task TargetInsideCandle_ExitsAtTargetPrice()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.03m, TakeProfit: 0.06m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 101, 107, 99, 104)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(ExitReason.TakeProfit, trade.ExitReason);
        Assert.Equal(106m, trade.ExitPrice);
    }

    [Theory]
    [InlineData(106.0, 99.0, ExitReason.TakeProfit, 106)]
    [InlineData(101.0, 97.0, ExitReason.StopLoss, 97)]
    public async Task LevelTouchedExactly_Exits(double high, double low, ExitReason reason, int price)
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.03m, TakeProfit: 0.06m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 100, high, low, 100)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(reason, trade.ExitReason);
        Assert.Equal(price, trade.ExitPrice);
    }

    [Fact]
    public async Task StopGappedThrough_FillsAtTheOpen()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.03m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), C(2, 90, 91, 89, 90)]);

        Assert.Equal(90m, Assert.Single(h.Journal.Trades).ExitPrice);
    }

    [Fact]
    public async Task TrailingStop_RatchetsWithHighsAndExitsOnPullback()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), StopLoss: 0.10m, TrailingStop: 0.05m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        // Entry at 100; candle 1 reaches 120, so the trailing stop is 114 from candle 2 on; candle 2 dips to 113.
        await h.RunAsync([Flat(0, 100), C(1, 100, 120, 100, 118), C(2, 118, 119, 113, 115)]);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(ExitReason.TrailingStop, trade.ExitReason);
        Assert.Equal(114m, trade.ExitPrice);
        Assert.Equal(Close(2), trade.ExitTimeMs);
    }

    [Fact]
    public async Task TrailingStop_OwnCandlesHighDoesNotTriggerSameCandle()
    {
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.5m), TrailingStop: 0.05m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), risk, market: Market);
        // Candle 1 rises to 120 and falls to 96: the levels from before it (trailing 95) hold; the position survives.
        await h.RunAsync([Flat(0, 100), C(1, 100, 120, 96, 110)]);

        Assert.Empty(h.Journal.Trades);
        Assert.Equal(114m, Assert.Single(h.Engine.Positions).Levels.TrailingStopPrice);
    }

    [Fact]
    public async Task EntryBelowMarketMinimum_RejectedByRiskWithoutOrder()
    {
        var market = Markets.Of(0.01m, 0.0001m, 0m, 100m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), new RiskConfig(new StakeConfig(Quote: 50m)), market: market);
        var steps = await h.RunAsync([Flat(0, 100), Flat(1, 100)]);

        Assert.Equal(EntryVerdict.Rejected, steps[0].Entry!.Verdict);
        Assert.Null(steps[0].OrderId);
        Assert.Empty(h.Journal.Orders);
    }

    [Fact]
    public async Task EntrySignalWhileHolding_MaxOpenPositionsOne_RefusedByRisk()
    {
        var script = new Dictionary<int, SignalKind> { [0] = SignalKind.Enter, [2] = SignalKind.Enter };
        var h = new EngineHarness(new ScriptedStrategy(script), market: Market);
        var steps = await h.RunAsync([Flat(0, 100), Flat(1, 100), Flat(2, 100), Flat(3, 100)]);

        Assert.Null(steps[2].OrderId);
        Assert.Equal(EntryVerdict.Rejected, steps[2].Entry!.Verdict);
        Assert.Contains("max open positions 1 reached (1 open)", steps[2].Entry!.Reason);
        Assert.Single(h.Journal.Opened);
    }

    [Fact]
    public async Task EntrySignalWhileHolding_MaxOpenPositionsTwo_OpensASecondLotWithItsOwnExits()
    {
        var script = new Dictionary<int, SignalKind> { [0] = SignalKind.Enter, [2] = SignalKind.Enter, [4] = SignalKind.Enter };
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.25m), StopLoss: 0.05m, MaxOpenPositions: 2);
        var h = new EngineHarness(new ScriptedStrategy(script), risk, market: Market);
        // Lot 1 buys at 100 (stop 95), lot 2 at 110 (stop 104.5); the third entry is refused; candle 5 dips to 100.
        var steps = await h.RunAsync([Flat(0, 100), Flat(1, 100), Flat(2, 110), Flat(3, 110), Flat(4, 110), C(5, 110, 110, 100, 101)]);

        Assert.Equal("test-" + Open(2) + "-b", steps[2].OrderId);
        Assert.Contains("max open positions 2 reached (2 open)", steps[4].Entry!.Reason);
        Assert.Equal([100m, 110m], h.Journal.Opened.Select(p => p.EntryPrice));
        // Only the second lot's stop is inside candle 5; the first lot stays open with its own stop.
        var stopped = Assert.Single(h.Journal.Trades);
        Assert.Equal(110m, stopped.EntryPrice);
        Assert.Equal(ExitReason.StopLoss, stopped.ExitReason);
        Assert.Equal("test-" + Open(5) + "-sl1", stopped.ExitOrderId);
        Assert.Equal(100m, Assert.Single(h.Engine.Positions).EntryPrice);
    }

    [Fact]
    public async Task ExitSignal_TwoLots_SellsEachAtTheNextOpen()
    {
        var script = new Dictionary<int, SignalKind> { [0] = SignalKind.Enter, [2] = SignalKind.Enter, [4] = SignalKind.Exit };
        var risk = new RiskConfig(new StakeConfig(Fraction: 0.25m), MaxOpenPositions: 2);
        var h = new EngineHarness(new ScriptedStrategy(script), risk, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), Flat(2, 110), Flat(3, 110), Flat(4, 120), Flat(5, 120)]);

        Assert.Equal(2, h.Journal.Trades.Count);
        Assert.All(h.Journal.Trades, t => Assert.Equal((ExitReason.Signal, 120m, Open(5)), (t.ExitReason, t.ExitPrice, t.ExitTimeMs)));
        Assert.Empty(h.Engine.Positions);
        Assert.Equal(10_000m + h.Journal.Trades.Sum(t => t.Pnl), h.Engine.Cash);
    }

    [Fact]
    public async Task CloseAllAsync_OpenPosition_SellsAtLastCloseAndReplacesLastEquityPoint()
    {
        var paper = new PaperConfig(10_000m, 0.001m, 0m);
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), paper: paper, market: Market);
        await h.RunAsync([Flat(0, 100), Flat(1, 100), Flat(2, 120)], closeAtEnd: true);

        var trade = Assert.Single(h.Journal.Trades);
        Assert.Equal(ExitReason.Manual, trade.ExitReason);
        Assert.Equal(120m, trade.ExitPrice);
        Assert.Equal(3, h.Journal.Equity.Count);
        Assert.Equal(h.Engine.Cash, h.Journal.Equity[^1].Equity);
        Assert.Equal(10_000m + trade.Pnl, h.Engine.Cash);
    }

    [Fact]
    public async Task OnClosedCandleAsync_CandleNotAfterPrevious_Throws()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0));
        await h.RunAsync([Flat(1, 100)]);
        await Assert.ThrowsAsync<ArgumentException>(async () => await h.Engine.OnClosedCandleAsync(Flat(1, 100), CancellationToken.None));
    }

    [Fact]
    public async Task EquityPoints_MarkPositionAtEachClose()
    {
        var h = new EngineHarness(ScriptedStrategy.EnterAt(0), market: Market);
        await h.RunAsync([Flat(0, 100), C(1, 100, 112, 99, 110)]);

        // 5000 / 100 = 50 units bought at the open of candle 1, marked at its close 110: 5000 + 5500.
        var point = h.Journal.Equity[^1];
        Assert.Equal(Close(1), point.TimeMs);
        Assert.Equal(5000m, point.Cash);
        Assert.Equal(5500m, point.PositionValue);
        Assert.Equal(10_500m, point.Equity);
    }
}
