using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.MaCrossover;
using Xunit;

namespace Trader.Strategies.Tests;

public sealed class StartupCandlesTests
{
    [Fact]
    public void For_ShortStrategy_IsTheMinimum()
    {
        var config = new StrategyConfig("ma_crossover", new MaCrossoverParams() with { Fast = 5, Slow = 13 });

        Assert.Equal(14, StrategyRegistry.WarmupCandles(config));
        Assert.Equal(StartupCandles.Minimum, StartupCandles.For(config));
    }

    [Fact]
    public void For_LongStrategy_IsTwiceItsWarmup()
    {
        var config = new StrategyConfig("ma_crossover", new MaCrossoverParams() with { Fast = 50, Slow = 150 });

        Assert.Equal(2 * 151, StartupCandles.For(config));
    }

    [Fact]
    public void WindowStartMs_FixedTimeframe_StepsBackWholeCandles()
    {
        long from = DateTimeOffset.Parse("2024-03-01T00:00:00Z").ToUnixTimeMilliseconds();

        // 200 hours = 8 days 8 hours before 1 March of a leap year.
        Assert.Equal(DateTimeOffset.Parse("2024-02-21T16:00:00Z").ToUnixTimeMilliseconds(), StartupCandles.WindowStartMs(Timeframe.H1, from, 200));
        Assert.Equal(from, StartupCandles.WindowStartMs(Timeframe.H1, from, 0));
    }

    [Fact]
    public void WindowStartMs_Month_StepsBackCalendarMonths()
    {
        long from = DateTimeOffset.Parse("2024-03-01T00:00:00Z").ToUnixTimeMilliseconds();

        Assert.Equal(DateTimeOffset.Parse("2023-12-01T00:00:00Z").ToUnixTimeMilliseconds(), StartupCandles.WindowStartMs(Timeframe.Month1, from, 3));
    }
}
