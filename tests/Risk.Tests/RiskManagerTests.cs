using Serilog.Events;
using Trader.Domain;
using Trader.Risk;
using Trader.Testing;
using Trader.Risk.Sizing;
using Trader.Risk.Gates;
using Trader.Risk.Trades;
using static Trader.Risk.Tests.RiskBuilder;

namespace Trader.Risk.Tests;

public sealed class RiskManagerTests
{
    private static readonly StakeConfig TenPercent = new(Fraction: 0.10m);

    private static TradeResult Trade(long closedAtMs, decimal pnl, ExitReason reason, decimal equityAfter) =>
        new(closedAtMs, 1_000m, pnl, reason, equityAfter);

    [Fact]
    public void EvaluateEntry_NoLimitsHit_ApprovesSizerAmount()
    {
        var decision = Manager(new RiskConfig(TenPercent)).EvaluateEntry(Request(Close(0)));
        Assert.Equal(EntryVerdict.Approved, decision.Verdict);
        Assert.Equal(1_000m, decision.QuoteAmount);
        Assert.Contains("fraction 0.10", decision.Reason);
    }

    [Fact]
    public void EvaluateEntry_MaxOpenPositionsReached_RejectsAndLogs()
    {
        var log = new LogCollector();
        var decision = Manager(new RiskConfig(TenPercent, MaxOpenPositions: 2), log).EvaluateEntry(Request(Close(0), open: 2, exposure: 2_000m));
        Assert.Equal(EntryVerdict.Rejected, decision.Verdict);
        Assert.Equal(0m, decision.QuoteAmount);
        Assert.Contains("max open positions 2", decision.Reason);
        var logged = Assert.Single(log.Containing("Entry rejected"));
        Assert.Equal(decision.Reason, ((ScalarValue)logged.Properties["Reason"]).Value);
    }

    [Fact]
    public void EvaluateEntry_ExposureCapPartlyUsed_ResizesToRoomLeft()
    {
        var log = new LogCollector();
        var risk = Manager(new RiskConfig(new StakeConfig(Fraction: 0.30m), MaxOpenPositions: 5, MaxExposure: 0.50m), log);
        var decision = risk.EvaluateEntry(Request(Close(0), open: 1, exposure: 3_000m));
        Assert.Equal(EntryVerdict.Resized, decision.Verdict);
        Assert.Equal(2_000m, decision.QuoteAmount);
        Assert.Contains("max exposure", decision.Reason);
        Assert.Single(log.Containing("Entry resized"));
    }

    [Fact]
    public void EvaluateEntry_ExposureCapFull_Rejects()
    {
        var risk = Manager(new RiskConfig(TenPercent, MaxOpenPositions: 5, MaxExposure: 0.50m));
        var decision = risk.EvaluateEntry(Request(Close(0), open: 2, exposure: 5_000m));
        Assert.Equal(EntryVerdict.Rejected, decision.Verdict);
        Assert.Contains("max exposure", decision.Reason);
    }

    [Fact]
    public void EvaluateEntry_AmountAboveCash_ResizesToCash()
    {
        // 1 % risk over a 0.5 % stop asks for 200 % of equity; spot cannot spend more than the cash.
        var risk = Manager(new RiskConfig(new StakeConfig(RiskPerTrade: 0.01m), StopLoss: 0.005m));
        var decision = risk.EvaluateEntry(Request(Close(0), equity: 10_000m));
        Assert.Equal(EntryVerdict.Resized, decision.Verdict);
        Assert.Equal(10_000m, decision.QuoteAmount);
    }

    [Fact]
    public void EvaluateEntry_RiskPerTradeUnderStop_SizesFromStopDistance()
    {
        var risk = Manager(new RiskConfig(new StakeConfig(RiskPerTrade: 0.01m), StopLoss: 0.04m, TrailingStop: 0.05m));
        var decision = risk.EvaluateEntry(Request(Close(0), equity: 10_000m));
        Assert.Equal(EntryVerdict.Approved, decision.Verdict);
        Assert.Equal(2_500m, decision.QuoteAmount);
        var levels = risk.OpenExitLevels(100m);
        Assert.Equal(100m, decision.QuoteAmount * (100m - levels.EffectiveStopPrice!.Value) / 100m); // loss at the stop = 1 % of equity
    }

    [Fact]
    public void Constructor_RiskPerTradeWithoutStop_Throws()
    {
        Assert.Throws<ArgumentException>(() => Manager(new RiskConfig(new StakeConfig(RiskPerTrade: 0.01m))));
    }

    [Fact]
    public void EvaluateEntry_BelowMarketMinimum_Rejects()
    {
        var risk = Manager(new RiskConfig(new StakeConfig(Quote: 5m)));
        var decision = risk.EvaluateEntry(Request(Close(0)) with { MinQuoteAmount = 10m });
        Assert.Equal(EntryVerdict.Rejected, decision.Verdict);
        Assert.Contains("market minimum 10", decision.Reason);
    }

    [Fact]
    public void EvaluateEntry_DailyLossHit_RejectsUntilNextUtcDay()
    {
        var log = new LogCollector();
        var risk = Manager(new RiskConfig(TenPercent, MaxDailyLoss: 0.05m), log);
        var dayStart = RiskBuilder.T0;
        risk.ObserveEquity(new EquityObservation(dayStart + 1 * HourMs, 10_000m));
        risk.RecordTrade(Trade(dayStart + 5 * HourMs, -500m, ExitReason.Signal, 9_500m));

        Assert.Equal(EntryVerdict.Rejected, risk.EvaluateEntry(Request(dayStart + 6 * HourMs, equity: 9_500m)).Verdict);
        Assert.Contains("daily loss", risk.EvaluateEntry(Request(dayStart + 23 * HourMs + 59 * 60_000, equity: 9_600m)).Reason);
        // Midnight UTC opens a new day: the close of the 23:00 candle at 00:00 may enter again.
        var next = risk.EvaluateEntry(Request(dayStart + 24 * HourMs, equity: 9_600m));
        Assert.Equal(EntryVerdict.Approved, next.Verdict);
        Assert.Single(log.Containing("Daily loss breaker tripped"));
        Assert.Single(log.Containing("Daily loss breaker reset"));
    }

    [Fact]
    public void EvaluateEntry_DailyLossJustBelowLimit_Approves()
    {
        var risk = Manager(new RiskConfig(TenPercent, MaxDailyLoss: 0.05m));
        risk.ObserveEquity(new EquityObservation(Close(0), 10_000m));
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(1), equity: 9_501m)).Verdict);
    }

    [Fact]
    public void EvaluateEntry_DailyLossMeasuredFromLastEquityOfPreviousDay()
    {
        // Equity fell 10 % yesterday (no breaker configured to catch it then); today's limit counts from 9000.
        var risk = Manager(new RiskConfig(TenPercent, MaxDailyLoss: 0.05m));
        risk.ObserveEquity(new EquityObservation(RiskBuilder.T0 + HourMs, 10_000m));
        risk.ObserveEquity(new EquityObservation(RiskBuilder.T0 + 2 * HourMs, 9_600m));
        risk.ObserveEquity(new EquityObservation(RiskBuilder.T0 + 26 * HourMs, 9_000m + 0m));
        // Day 1 starts at 9600 (last equity of day 0): 9000 is 6.25 % down, tripped.
        Assert.Equal(EntryVerdict.Rejected, risk.EvaluateEntry(Request(RiskBuilder.T0 + 27 * HourMs, equity: 9_000m)).Verdict);
    }

    [Fact]
    public void EvaluateEntry_DrawdownHit_RejectsAcrossDays()
    {
        var log = new LogCollector();
        var risk = Manager(new RiskConfig(TenPercent, MaxDrawdown: 0.20m), log);
        risk.ObserveEquity(new EquityObservation(Close(0), 10_000m));
        risk.ObserveEquity(new EquityObservation(Close(1), 12_000m));
        risk.ObserveEquity(new EquityObservation(Close(2), 9_600m)); // 20 % below the 12000 peak

        Assert.True(risk.IsDrawdownBreakerTripped);
        Assert.Contains("max drawdown", risk.EvaluateEntry(Request(Close(3), equity: 9_600m)).Reason);
        Assert.Equal(EntryVerdict.Rejected, risk.EvaluateEntry(Request(Close(3) + 10 * UtcDay.DayMs, equity: 11_000m)).Verdict);
        Assert.Single(log.Containing("Drawdown breaker tripped"));
    }

    [Fact]
    public void ResetBreakers_DrawdownTripped_EntersAgainAndMeasuresFromEquityAtReset()
    {
        var risk = Manager(new RiskConfig(TenPercent, MaxDrawdown: 0.20m));
        risk.ObserveEquity(new EquityObservation(Close(0), 12_000m));
        risk.ObserveEquity(new EquityObservation(Close(1), 9_600m));
        Assert.Equal(["drawdown"], risk.TrippedBreakers(Close(1)));

        risk.ResetBreakers(Close(1));

        Assert.Empty(risk.TrippedBreakers(Close(1)));
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(2), equity: 9_600m)).Verdict);
        // The new peak is 9600: 20 % below it (7680) trips again.
        risk.ObserveEquity(new EquityObservation(Close(3), 7_680m));
        Assert.Contains("max drawdown", risk.EvaluateEntry(Request(Close(4), equity: 7_680m)).Reason);
    }

    [Fact]
    public void ResetBreakers_DailyLossTripped_EntersAgainTheSameDay()
    {
        var risk = Manager(new RiskConfig(TenPercent, MaxDailyLoss: 0.05m));
        risk.ObserveEquity(new EquityObservation(Close(0), 10_000m));
        risk.ObserveEquity(new EquityObservation(Close(1), 9_400m));
        Assert.Equal(["daily loss"], risk.TrippedBreakers(Close(1)));

        risk.ResetBreakers(Close(1));

        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(2), equity: 9_400m)).Verdict);
        // Measured from 9400 for the rest of the day: 5 % below it trips again.
        Assert.Contains("daily loss", risk.EvaluateEntry(Request(Close(3), equity: 8_930m)).Reason);
    }

    [Fact]
    public void Pause_ThenResume_RefusesEntriesOnlyWhilePaused()
    {
        var risk = Manager(new RiskConfig(TenPercent));

        risk.Pause.Pause();
        var paused = risk.EvaluateEntry(Request(Close(0)));
        risk.Pause.Resume();

        Assert.Contains("paused by the operator", paused.Reason);
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(1))).Verdict);
    }

    [Fact]
    public void EvaluateEntry_AfterStopOut_CooldownCountsCandles()
    {
        var risk = Manager(new RiskConfig(TenPercent, StopLoss: 0.02m, CooldownCandles: 3));
        risk.RecordTrade(Trade(Close(10), -20m, ExitReason.StopLoss, 9_980m));

        var verdicts = Enumerable.Range(10, 6).Select(i => risk.EvaluateEntry(Request(Close(i), equity: 9_980m)).Verdict).ToArray();
        // Refused at the stop-out candle's close and at the next 3; allowed at the 4th.
        Assert.Equal(
            new[] { EntryVerdict.Rejected, EntryVerdict.Rejected, EntryVerdict.Rejected, EntryVerdict.Rejected, EntryVerdict.Approved, EntryVerdict.Approved },
            verdicts);
    }

    [Fact]
    public void EvaluateEntry_AfterSignalExitLoss_NoCooldown()
    {
        var risk = Manager(new RiskConfig(TenPercent, CooldownCandles: 3));
        risk.RecordTrade(Trade(Close(10), -20m, ExitReason.Signal, 9_980m));
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(10), equity: 9_980m)).Verdict);
    }

    [Fact]
    public void EvaluateEntry_CooldownOnDailyTimeframe_CountsDays()
    {
        var risk = new RiskManager(new RiskConfig(TenPercent, CooldownCandles: 2), Timeframe.D1, new LogCollector().Logger);
        long stopClose = RiskBuilder.T0 + UtcDay.DayMs;
        risk.RecordTrade(Trade(stopClose, -20m, ExitReason.TrailingStop, 9_980m));
        Assert.Equal(EntryVerdict.Rejected, risk.EvaluateEntry(Request(stopClose + 2 * UtcDay.DayMs)).Verdict);
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(stopClose + 3 * UtcDay.DayMs)).Verdict);
    }

    [Fact]
    public void EvaluateEntry_KellyFallbackThenKelly_SizingFollowsTradeResults()
    {
        var risk = Manager(new RiskConfig(new StakeConfig(Fraction: 0.02m, Kelly: 0.5m, KellyMinTrades: 4)));
        Assert.Equal(200m, risk.EvaluateEntry(Request(Close(0))).QuoteAmount);
        foreach (var pnl in new[] { 100m, 100m, 100m, -50m }) risk.RecordTrade(Trade(Close(1), pnl, ExitReason.Signal, 10_000m));
        // W = 0.75, R = 0.1 / 0.05 = 2: f* = 0.625, half Kelly = 31.25 % of equity.
        var decision = risk.EvaluateEntry(Request(Close(2)));
        Assert.Equal(3_125m, decision.QuoteAmount);
        Assert.Contains("kelly 0.625", decision.Reason);
    }

    [Fact]
    public void EvaluateEntry_BreakerAndExposureTogether_BreakerRejectsFirst()
    {
        var risk = Manager(new RiskConfig(new StakeConfig(Fraction: 0.5m), MaxOpenPositions: 3, MaxExposure: 0.6m, MaxDailyLoss: 0.05m));
        risk.ObserveEquity(new EquityObservation(Close(0), 10_000m));
        var tripped = risk.EvaluateEntry(Request(Close(1), equity: 9_400m, open: 1, exposure: 4_000m));
        Assert.Contains("daily loss", tripped.Reason);

        var nextDay = risk.EvaluateEntry(Request(Close(0) + UtcDay.DayMs, equity: 9_400m, open: 1, exposure: 4_000m));
        Assert.Equal(EntryVerdict.Resized, nextDay.Verdict);
        Assert.Equal(9_400m * 0.6m - 4_000m, nextDay.QuoteAmount);
    }

    [Fact]
    public void StepExits_StopLossHitThenRecorded_StartsCooldown()
    {
        var risk = Manager(new RiskConfig(TenPercent, StopLoss: 0.03m, CooldownCandles: 1));
        var levels = risk.OpenExitLevels(100m);
        var step = risk.StepExits(levels, new Candle(Close(4) - HourMs, 99, 100, 96, 97, 1));
        Assert.Equal(ExitReason.StopLoss, step.Trigger?.Reason);
        risk.RecordTrade(new TradeResult(Close(4), 1_000m, -30m, step.Trigger!.Reason, 9_970m));
        Assert.Equal(EntryVerdict.Rejected, risk.EvaluateEntry(Request(Close(5), equity: 9_970m)).Verdict);
        Assert.Equal(EntryVerdict.Approved, risk.EvaluateEntry(Request(Close(6), equity: 9_970m)).Verdict);
    }

    [Fact]
    public void EvaluateEntry_NonPositiveEquity_Rejects()
    {
        Assert.Equal(EntryVerdict.Rejected, Manager(new RiskConfig(TenPercent)).EvaluateEntry(Request(Close(0), equity: 0m)).Verdict);
    }
}
