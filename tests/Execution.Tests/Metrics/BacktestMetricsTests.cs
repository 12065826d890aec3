using Trader.Domain;
using Trader.Execution.Journal;
using Trader.Execution.Metrics;
using Trader.Risk.Trades;

namespace Trader.Execution.Tests.Metrics;

public sealed class BacktestMetricsTests
{
    private const long DayMs = 86_400_000L;
    private static readonly long T0 = EngineHarness.T0;

    // Three daily closes from 100: 110, 99, 121. Returns 0.1, −0.1, 2/9.
    private static readonly EquityPoint[] ThreeDays =
    [
        new(T0 + DayMs, 110m, 110m, 0m),
        new(T0 + 2 * DayMs, 99m, 99m, 0m),
        new(T0 + 3 * DayMs, 121m, 121m, 0m),
    ];

    // +30 net over one day (cost 101) and −11 net over 12 hours (cost 100.5).
    private static readonly RoundTrip[] TwoTrades =
    [
        new(OrderSide.Buy, 1m, T0, 100m, 1m, "a-b", T0 + DayMs, 132m, 1m, "a-s", ExitReason.Signal),
        new(OrderSide.Buy, 2m, T0 + DayMs, 50m, 0.5m, "b-b", T0 + DayMs + DayMs / 2, 45m, 0.5m, "b-s", ExitReason.StopLoss),
    ];

    private static BacktestMetrics Compute(IReadOnlyList<EquityPoint> equity, IReadOnlyList<RoundTrip> trades, long days = 3) =>
        BacktestMetrics.Compute(new MetricsInput(100m, equity, trades, Timeframe.D1, CoveredTime.Continuous(T0, T0 + days * DayMs), 100.0, 150.0));

    // Hourly equity over three days, 24 closes a day, ending each day at 110, 99 and 121 (the daily curve above) after
    // an intraday swing of ±5 around the day's start, so per-candle returns differ from daily ones.
    private static EquityPoint[] HourlyOverThreeDays()
    {
        decimal[] dayEnds = [110m, 99m, 121m];
        var points = new List<EquityPoint>();
        decimal start = 100m;
        for (int day = 0; day < 3; day++)
        {
            for (int hour = 1; hour <= 24; hour++)
            {
                decimal equity = hour == 24 ? dayEnds[day] : start + (hour % 2 == 0 ? 5m : -5m);
                points.Add(new(T0 + day * DayMs + hour * EngineHarness.HourMs, equity, equity, 0m));
            }
            start = dayEnds[day];
        }
        return points.ToArray();
    }

    [Fact]
    public void Compute_Balances_StartFinalAndTotalReturn()
    {
        var m = Compute(ThreeDays, TwoTrades);
        Assert.Equal(100m, m.StartingBalance);
        Assert.Equal(121m, m.FinalBalance);
        Assert.Equal(0.21, m.TotalReturn, 12);
    }

    [Fact]
    public void Compute_TwoYearsTo121_CagrIsTenPercent()
    {
        var m = Compute([new(T0 + 365 * DayMs, 110m, 110m, 0m), new(T0 + 730 * DayMs, 121m, 121m, 0m)], [], days: 730);
        Assert.Equal(0.1, m.Cagr, 12);
    }

    [Fact]
    public void Compute_ThreeDailyReturns_SharpeAndSortinoAnnualisedBy365()
    {
        var m = Compute(ThreeDays, TwoTrades);
        // mean = (0.1 − 0.1 + 2/9) / 3 = 2/27; sample std = sqrt(Σ(r − mean)² / 2) = 0.16266...;
        // downside deviation = sqrt(0.1² / 3) = 0.057735...; both × sqrt(365).
        double mean = 2.0 / 27;
        double std = Math.Sqrt((Math.Pow(0.1 - mean, 2) + Math.Pow(-0.1 - mean, 2) + Math.Pow(2.0 / 9 - mean, 2)) / 2);
        Assert.Equal(8.699820940459645, m.Sharpe!.Value, 9);
        Assert.Equal(mean / std * Math.Sqrt(365), m.Sharpe.Value, 9);
        Assert.Equal(24.51169201151749, m.Sortino!.Value, 9);
    }

    [Fact]
    public void Compute_HourlyCandles_SharpeAndSortinoFromDailyReturnsBy365()
    {
        var hourly = BacktestMetrics.Compute(new MetricsInput(
            100m, HourlyOverThreeDays(), [], Timeframe.H1, CoveredTime.Continuous(T0, T0 + 3 * DayMs), 100.0, 150.0));
        var daily = Compute(ThreeDays, TwoTrades);
        // The daily closes are those of ThreeDays, so the ratios are the daily ones, whatever happened inside the days.
        Assert.Equal(daily.Sharpe!.Value, hourly.Sharpe!.Value, 9);
        Assert.Equal(daily.Sortino!.Value, hourly.Sortino!.Value, 9);
        // The per-candle figures keep their own names and annualise by √8760.
        Assert.NotNull(hourly.SharpePerCandle);
        Assert.NotEqual(hourly.Sharpe.Value, hourly.SharpePerCandle!.Value, 3);
    }

    [Fact]
    public void Compute_DailyEquityStampedAtMidnight_EndsTheDayBefore()
    {
        // A close at 00:00 of day 2 ends day 1; a second close that day replaces it as day 1's close would not.
        EquityPoint[] equity =
        [
            new(T0 + DayMs - EngineHarness.HourMs, 105m, 105m, 0m),
            new(T0 + DayMs, 110m, 110m, 0m),
            new(T0 + 2 * DayMs, 99m, 99m, 0m),
            new(T0 + 3 * DayMs, 121m, 121m, 0m),
        ];
        var m = BacktestMetrics.Compute(new MetricsInput(100m, equity, [], Timeframe.H1, CoveredTime.Continuous(T0, T0 + 3 * DayMs), 100.0, 150.0));
        Assert.Equal(Compute(ThreeDays, TwoTrades).Sharpe!.Value, m.Sharpe!.Value, 9);
    }

    [Fact]
    public void Compute_RangeWithAHole_CagrAndExposureOverCoveredTime()
    {
        // Candles cover day 0 and days 364..365 (two days of data, 363 missing); the one trade holds all of day 0.
        var covered = CoveredTime.Of(
            [new Candle(T0, 1, 1, 1, 1, 1), new Candle(T0 + 364 * DayMs, 1, 1, 1, 1, 1)], Timeframe.D1);
        EquityPoint[] equity = [new(T0 + DayMs, 110m, 110m, 0m), new(T0 + 365 * DayMs, 121m, 121m, 0m)];
        RoundTrip[] trades = [new(OrderSide.Buy, 1m, T0, 100m, 0m, "a-b", T0 + DayMs, 110m, 0m, "a-s", ExitReason.Signal)];
        var m = BacktestMetrics.Compute(new MetricsInput(100m, equity, trades, Timeframe.D1, covered, 100.0, 150.0));
        Assert.Equal(2 * DayMs, covered.TotalMs);
        Assert.Equal(363 * DayMs, covered.MissingMs);
        Assert.Equal(0.5, m.Exposure, 12);                              // 1 of 2 covered days, not 1 of 365
        Assert.Equal(Math.Pow(1.21, 365.0 / 2) - 1, m.Cagr, 6);        // 21 % in two days of data
    }

    [Fact]
    public void Compute_TradeAcrossAHole_HoleDoesNotCountAsExposure()
    {
        // Days 0 and 2 have candles; a trade held from day 0 to the end of day 2 spans the missing day 1.
        var covered = CoveredTime.Of([new Candle(T0, 1, 1, 1, 1, 1), new Candle(T0 + 2 * DayMs, 1, 1, 1, 1, 1)], Timeframe.D1);
        RoundTrip[] trades = [new(OrderSide.Buy, 1m, T0, 100m, 0m, "a-b", T0 + 3 * DayMs, 100m, 0m, "a-s", ExitReason.Signal)];
        EquityPoint[] equity = [new(T0 + DayMs, 100m, 100m, 0m), new(T0 + 3 * DayMs, 100m, 100m, 0m)];
        var m = BacktestMetrics.Compute(new MetricsInput(100m, equity, trades, Timeframe.D1, covered, 100.0, 100.0));
        Assert.Equal(1.0, m.Exposure, 12);
        Assert.Equal(3 * DayMs, m.AverageDurationMs);
    }

    [Fact]
    public void Compute_DipAndRecovery_MaxDrawdownSizeDatesAndCalmar()
    {
        var m = Compute(ThreeDays, TwoTrades);
        Assert.Equal(0.1, m.MaxDrawdown.Depth, 12);
        Assert.Equal(11m, m.MaxDrawdown.Amount);
        Assert.Equal(T0 + DayMs, m.MaxDrawdown.PeakMs);
        Assert.Equal(T0 + 2 * DayMs, m.MaxDrawdown.TroughMs);
        Assert.Equal(T0 + 3 * DayMs, m.MaxDrawdown.RecoveryMs);
        Assert.Equal(m.Cagr / 0.1, m.Calmar!.Value, 6);
    }

    [Fact]
    public void Compute_TwoDrawdowns_PicksDeeperAndReportsNoRecovery()
    {
        // 100 → 90 (−10 %), back to 120 (recovered), then 96 (−20 % from 120) and 100 (not recovered).
        EquityPoint[] equity =
        [
            new(T0 + DayMs, 90m, 90m, 0m),
            new(T0 + 2 * DayMs, 120m, 120m, 0m),
            new(T0 + 3 * DayMs, 96m, 96m, 0m),
            new(T0 + 4 * DayMs, 100m, 100m, 0m),
        ];
        var m = Compute(equity, [], days: 4);
        Assert.Equal(0.2, m.MaxDrawdown.Depth, 12);
        Assert.Equal(24m, m.MaxDrawdown.Amount);
        Assert.Equal(T0 + 2 * DayMs, m.MaxDrawdown.PeakMs);
        Assert.Equal(T0 + 3 * DayMs, m.MaxDrawdown.TroughMs);
        Assert.Null(m.MaxDrawdown.RecoveryMs);
    }

    [Fact]
    public void Compute_TwoTrades_TradeStatistics()
    {
        var m = Compute(ThreeDays, TwoTrades);
        Assert.Equal(2, m.Trades);
        Assert.Equal(0.5, m.WinRate);
        Assert.Equal(30.0 / 11.0, m.ProfitFactor!.Value, 12);
        Assert.Equal(9.5m, m.Expectancy);
        Assert.Equal(18 * 3_600_000.0, m.AverageDurationMs);
        Assert.Equal(0.5, m.Exposure, 12);
        Assert.Equal(30.0 / 101.0, m.BestTrade!.Value, 12);
        Assert.Equal(-11.0 / 100.5, m.WorstTrade!.Value, 12);
        Assert.Equal(3m, m.FeesPaid);
    }

    [Fact]
    public void Compute_FirstOpenToLastClose_BuyAndHold()
    {
        Assert.Equal(0.5, Compute(ThreeDays, TwoTrades).BuyAndHoldReturn, 12);
    }

    [Fact]
    public void Compute_FlatCurveNoTrades_UndefinedRatiosAreNull()
    {
        EquityPoint[] flat = [new(T0 + DayMs, 100m, 100m, 0m), new(T0 + 2 * DayMs, 100m, 100m, 0m)];
        var m = Compute(flat, [], days: 2);
        Assert.Null(m.Sharpe);
        Assert.Null(m.Sortino);
        Assert.Null(m.Calmar);
        Assert.Null(m.WinRate);
        Assert.Null(m.ProfitFactor);
        Assert.Null(m.Expectancy);
        Assert.Equal(0.0, m.MaxDrawdown.Depth);
        Assert.Equal(0.0, m.Exposure);
        Assert.Equal(0.0, m.TotalReturn);
    }

    [Theory]
    [InlineData("1m", 525_600.0)]
    [InlineData("1h", 8_760.0)]
    [InlineData("1d", 365.0)]
    [InlineData("1w", 365.0 / 7)]
    [InlineData("1M", 12.0)]
    public void PeriodsPerYear_Timeframe_365DayYear(string timeframe, double expected)
    {
        Assert.Equal(expected, BacktestMetrics.PeriodsPerYear(Timeframe.Parse(timeframe)), 9);
    }
}
