using Trader.Domain;
using Trader.Strategies;
using Trader.Strategies.BollingerReversion;
using Trader.Strategies.MaCrossover;
using Trader.Strategies.Macd;
using Trader.Strategies.Rsi;
using Trader.Strategies.RsiMacd;
using Trader.Strategies.Rules;
using Trader.Strategies.Scalping;
using Trader.Strategies.TrendFollowing;

namespace Trader.Strategies.Tests;

/// <summary>
/// No look-ahead: the decisions up to any cut are the same whether the history stops there or continues, and
/// whatever comes after it.
/// </summary>
public sealed class TruncationTests
{
    private const int Length = 3000;

    public static TheoryData<string> Types() => [.. StrategyRegistry.All.Select(d => d.Type)];

    internal static StrategyConfig Config(string type) => new(type, type switch
    {
        "rsi" => new RsiParams(),
        "macd" => new MacdParams(),
        "rsi_macd" => new RsiMacdParams(14, 45, 55),
        "ma_crossover" => new MaCrossoverParams(MovingAverageKind.Sma, 5, 20),
        "bollinger_reversion" => new BollingerReversionParams(),
        "trend_following" => new TrendFollowingParams(),
        "scalping" => new ScalpingParams(),
        "rules" => new RulesParams(
            [
                new IndicatorSpec("rsi", "rsi", new Dictionary<string, double> { ["period"] = 14 }, 1, 1),
                new IndicatorSpec("macd", "macd", new Dictionary<string, double>(), 2, 1),
            ],
            new RuleText("rsi < 45 and close > close[1] and macd.histogram > macd.histogram[1]"),
            new RuleText("macd.histogram crosses_below 0")),
        _ => throw new ArgumentException($"add params for new strategy type '{type}' to this test", nameof(type)),
    });

    [Theory]
    [MemberData(nameof(Types))]
    public void OnCandle_HistoryCutAnywhere_EarlierDecisionsUnchanged(string type)
    {
        var config = Config(type);
        var full = RandomWalk.Generate(11, Timeframe.H1, 0, Length, volatility: 0.01);
        var reference = Bars.Run(StrategyRegistry.Create(config), full);
        Assert.Contains(reference, s => s.Kind == SignalKind.Enter);
        Assert.Contains(reference, s => s.Kind == SignalKind.Exit);

        int warmup = StrategyRegistry.WarmupCandles(config);
        foreach (int cut in new[] { 1, warmup - 1, warmup, warmup + 1, 777, 1500, Length - 1 })
        {
            // The same past with a different future (another walk) after the cut.
            var future = RandomWalk.Generate(99, Timeframe.H1, full[cut - 1].OpenTimeMs + 3_600_000L, 200, full[cut - 1].Close, 0.05);
            var cutRun = Bars.Run(StrategyRegistry.Create(config), full.Take(cut).Concat(future));

            Assert.Equal(reference.Take(cut), cutRun.Take(cut));
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void WarmupCandles_BeforeWarmup_NoEntry(string type)
    {
        // An entry reads every value the strategy uses, so none can fire before the warm-up candle.
        var config = Config(type);
        int warmup = StrategyRegistry.WarmupCandles(config);
        for (int seed = 0; seed < 20; seed++)
        {
            var candles = RandomWalk.Generate(seed, Timeframe.H1, 0, warmup - 1, volatility: 0.05);
            Assert.DoesNotContain(Bars.Run(StrategyRegistry.Create(config), candles), s => s.Kind == SignalKind.Enter);
        }
    }
}
