using System.Collections.Frozen;
using Trader.Core.Config.Yaml;
using Trader.Core.Strategies.BollingerReversion;
using Trader.Core.Strategies.MaCrossover;
using Trader.Core.Strategies.Macd;
using Trader.Core.Strategies.Rsi;
using Trader.Core.Strategies.RsiMacd;
using Trader.Core.Strategies.Rules;
using Trader.Core.Strategies.Scalping;
using Trader.Core.Strategies.TrendFollowing;

namespace Trader.Core.Strategies;

/// <summary>Every strategy type a config can name. The list is explicit: adding a strategy adds one line here.</summary>
public static class StrategyRegistry
{
    /// <summary>All entries, in the order help text lists them.</summary>
    public static IReadOnlyList<StrategyDefinition> All { get; } =
    [
        new("rsi", "RSI mean reversion: buy oversold, sell overbought", typeof(RsiParams)),
        new("macd", "MACD line / signal line crossover", typeof(MacdParams)),
        new("rsi_macd", "RSI oversold confirmed by a MACD bullish cross", typeof(RsiMacdParams)),
        new("ma_crossover", "fast / slow moving average crossover (sma or ema)", typeof(MaCrossoverParams)),
        new("bollinger_reversion", "buy below the lower Bollinger band, sell at the middle", typeof(BollingerReversionParams)),
        new("trend_following", "EMA trend filter + Supertrend + ADX strength", typeof(TrendFollowingParams)),
        new("scalping", "short-timeframe mean reversion: lower band + fast RSI, time-boxed exit", typeof(ScalpingParams)),
        new("rules", "indicators from the catalog with entry / exit expressions", typeof(RulesParams), RulesBinder.Bind),
    ];

    private static readonly FrozenDictionary<string, StrategyDefinition> ByType =
        All.ToFrozenDictionary(d => d.Type, StringComparer.Ordinal);

    /// <summary>The accepted <c>strategy.type</c> values, comma separated.</summary>
    public static string AcceptedTypes { get; } = string.Join(", ", All.Select(d => d.Type));

    /// <summary>Finds an entry by its <c>strategy.type</c>.</summary>
    public static bool TryFind(string type, out StrategyDefinition definition) =>
        ByType.TryGetValue(type, out definition!);
}
