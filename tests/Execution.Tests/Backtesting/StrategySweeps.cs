using Trader.Strategies;
using Trader.Strategies.BollingerReversion;
using Trader.Strategies.MaCrossover;
using Trader.Strategies.Macd;
using Trader.Strategies.Rsi;
using Trader.Strategies.RsiMacd;
using Trader.Strategies.Rules;
using Trader.Strategies.Scalping;
using Trader.Strategies.TrendFollowing;

namespace Trader.Execution.Tests.Backtesting;

/// <summary>
/// A small sweep of every registered strategy type: points that differ in thresholds (sharing their indicators) or in
/// indicator parameters (sharing some or none), each of which trades on a random walk.
/// </summary>
internal static class StrategySweeps
{
    public static IReadOnlyDictionary<string, StrategyConfig[]> ByType { get; } = new Dictionary<string, StrategyConfig[]>
    {
        ["rsi"] = [.. new[] { (25, 65), (30, 70), (35, 70) }.Select(l => Config("rsi", new RsiParams(14, l.Item1, l.Item2)))],
        ["macd"] = [Config("macd", new MacdParams(12, 26, 9)), Config("macd", new MacdParams(5, 35, 5)), Config("macd", new MacdParams(8, 17, 9))],
        ["rsi_macd"] = [.. new[] { (40, 60), (45, 70), (50, 70) }.Select(l => Config("rsi_macd", new RsiMacdParams(14, l.Item1, l.Item2)))],
        ["ma_crossover"] =
        [
            Config("ma_crossover", new MaCrossoverParams(MovingAverageKind.Ema, 9, 21)),
            Config("ma_crossover", new MaCrossoverParams(MovingAverageKind.Ema, 9, 50)),
            Config("ma_crossover", new MaCrossoverParams(MovingAverageKind.Sma, 9, 21)),
        ],
        ["bollinger_reversion"] = [.. new[] { (20, 2.0), (20, 1.5), (30, 2.0) }.Select(b => Config("bollinger_reversion", new BollingerReversionParams(b.Item1, b.Item2)))],
        ["trend_following"] = [.. new[] { 0.0, 20, 30 }.Select(adx => Config("trend_following", new TrendFollowingParams(50, 10, 3, 14, adx)))],
        ["scalping"] = [.. new[] { (25, 75), (30, 75), (35, 75) }.Select(l => Config("scalping", new ScalpingParams(7, l.Item1, l.Item2)))],
        ["rules"] = [.. new[] { (30, 60), (35, 65), (40, 70) }.Select(l => Config("rules", Rules(l.Item1, l.Item2)))],
    };

    private static StrategyConfig Config(string type, object parameters) => new(type, parameters);

    private static RulesParams Rules(int oversold, int overbought) => new(
        [new IndicatorSpec("fast", "ema", new Dictionary<string, double> { ["period"] = 9 }, 1, 1),
         new IndicatorSpec("rsi", "rsi", new Dictionary<string, double>(), 2, 1)],
        new RuleText($"rsi < {oversold} and close < fast"), new RuleText($"rsi > {overbought}"));
}
