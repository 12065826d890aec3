using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Execution.Brokers;
using Trader.Strategies.Rules;

namespace Trader.Execution.Tests.Engine;

public sealed class LookAheadTests
{
    private static readonly Candle[] Candles = RandomWalk.Generate(7, Timeframe.H1, EngineHarness.T0, 600, volatility: 0.01);

    private static EngineHarness Harness() => new(
        RulesStrategy.Create(RuleBindings.CandlesOnly, new RuleText("close > close[1] and close[1] > close[2]"), new RuleText("close < close[1] and close[1] < close[2]")),
        new RiskConfig(new StakeConfig(Fraction: 0.3m), StopLoss: 0.02m, TakeProfit: 0.04m, TrailingStop: 0.015m, CooldownCandles: 2),
        new PaperConfig(10_000m, 0.001m, 0.0005m),
        Markets.BinanceBtcUsdt);

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(150)]
    [InlineData(311)]
    [InlineData(599)]
    public async Task Run_TruncatedAtAnyCut_DecisionsBeforeTheCutUnchanged(int cut)
    {
        var full = Harness();
        var fullSteps = await full.RunAsync(Candles);
        var truncated = Harness();
        var truncatedSteps = await truncated.RunAsync(Candles.Take(cut));

        Assert.Equal(fullSteps.Take(cut), truncatedSteps);
        long cutMs = EngineHarness.Close(cut - 1);
        Assert.Equal(full.Journal.Equity.Where(e => e.TimeMs <= cutMs), truncated.Journal.Equity);
        // Trades closed by the cut are the same; the full run may add one filled at the open right after the cut.
        Assert.Equal(full.Journal.Trades.Take(truncated.Journal.Trades.Count), truncated.Journal.Trades);
        Assert.DoesNotContain(full.Journal.Trades.Skip(truncated.Journal.Trades.Count), t => t.ExitTimeMs < cutMs);
    }

    [Fact]
    public async Task Run_EveryCutPoint_DecisionsBeforeTheCutUnchanged()
    {
        var full = await Harness().RunAsync(Candles);
        for (int cut = 1; cut < Candles.Length; cut++)
        {
            var truncated = await Harness().RunAsync(Candles.Take(cut));
            Assert.True(full.Take(cut).SequenceEqual(truncated), $"decisions differ with the history cut at candle {cut}");
        }
    }

    [Fact]
    public async Task Run_RandomWalk_TradesHappen()
    {
        // Guards the look-ahead test against passing vacuously.
        var h = Harness();
        await h.RunAsync(Candles);
        Assert.True(h.Journal.Trades.Count >= 5, $"only {h.Journal.Trades.Count} trades");
        Assert.Contains(h.Journal.Trades, t => t.ExitReason != Trader.Risk.Trades.ExitReason.Signal);
        Assert.Contains(h.Journal.Trades, t => t.ExitReason == Trader.Risk.Trades.ExitReason.Signal);
    }

    [Fact]
    public async Task Run_ClosedAtEnd_FinalEquityIsStartPlusSumOfTradePnl()
    {
        var h = Harness();
        await h.RunAsync(Candles, closeAtEnd: true);

        decimal sum = h.Journal.Trades.Sum(t => t.Pnl);
        Assert.Empty(h.Engine.Positions);
        Assert.Equal(10_000m + sum, h.Engine.Cash);
        Assert.Equal(h.Engine.Cash, h.Journal.Equity[^1].Equity);
        Assert.Equal(h.Journal.Fills.Sum(f => f.Fee), h.Journal.Trades.Sum(t => t.Fees));
    }
}
