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
using Trader.Indicators;

namespace Trader.Strategies.Tests;

/// <summary>IStrategy.Indicators: the instances a strategy decides on, named as it names them, for charts.</summary>
public sealed class StrategyIndicatorsTests
{
    public static TheoryData<string, string[]> BuiltIns() => new()
    {
        { "rsi", ["rsi14"] },
        { "macd", ["macd(12,26,9)"] },
        { "rsi_macd", ["rsi14", "macd(12,26,9)"] },
        { "ma_crossover", ["ema9", "ema21"] },
        { "bollinger_reversion", ["bb(20,2)"] },
        { "trend_following", ["ema50", "supertrend(10,3)", "adx14"] },
        { "scalping", ["bb(20,2)", "rsi7"] },
    };

    private static IStrategy Create(string type) => type switch
    {
        "rsi" => new RsiStrategy(new RsiParams()),
        "macd" => new MacdStrategy(new MacdParams()),
        "rsi_macd" => new RsiMacdStrategy(new RsiMacdParams()),
        "ma_crossover" => new MaCrossoverStrategy(new MaCrossoverParams()),
        "bollinger_reversion" => new BollingerReversionStrategy(new BollingerReversionParams()),
        "trend_following" => new TrendFollowingStrategy(new TrendFollowingParams()),
        "scalping" => new ScalpingStrategy(new ScalpingParams()),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Indicators_BuiltInWithDefaults_NamedAsItsParams(string type, string[] labels)
    {
        Assert.Equal(labels, Create(type).Indicators.Select(i => i.Label));
    }

    [Fact]
    public void Indicators_AfterEachCandle_HoldTheValuesTheDecisionRead()
    {
        var strategy = new MaCrossoverStrategy(new MaCrossoverParams(MovingAverageKind.Ema, 3, 5));
        double[] closes = Enumerable.Range(0, 40).Select(i => 100 + 10 * Math.Sin(i / 3.0)).ToArray();
        double?[] fast = ((ReadOnlySpan<double>)closes).Ema(3);
        var candles = Bars.FromCloses(closes);
        for (int i = 0; i < candles.Length; i++)
        {
            var signal = strategy.OnCandle(candles[i]);
            double value = strategy.Indicators[0].Indicator.Value(0);
            Assert.Equal(fast[i] ?? double.NaN, value, 9);
            // The reason quotes the same value the chart will show.
            if (signal.Kind != SignalKind.None) Assert.Contains($"ema3 {value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}", signal.Reason);
        }
    }

    [Fact]
    public void Indicators_Rules_OnePerInstanceNamedByItsAlias()
    {
        var parameters = new RulesParams(
            [new IndicatorSpec("fast", "ema", new Dictionary<string, double> { ["period"] = 5 }, 1, 1),
             new IndicatorSpec("rsi", "rsi", new Dictionary<string, double>(), 2, 1)],
            new RuleText("fast > close and rsi < 30"), new RuleText("rsi > 70"));
        var strategy = StrategyRegistry.Create(new StrategyConfig("rules", parameters));

        Assert.Equal(["fast", "rsi"], strategy.Indicators.Select(i => i.Label));
        Assert.Equal(["ema", "rsi"], strategy.Indicators.Select(i => i.Indicator.Definition.Name));
    }
}
