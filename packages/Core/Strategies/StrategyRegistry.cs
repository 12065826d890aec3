using System.Collections.Frozen;
using Trader.Core.Config;
using Trader.Core.Config.Yaml;
using Trader.Core.Errors;
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
        StrategyDefinition.Of<RsiParams>("rsi", "RSI mean reversion: buy oversold, sell overbought", p => p.WarmupCandles()),
        StrategyDefinition.Of<MacdParams>("macd", "MACD line / signal line crossover", p => p.WarmupCandles()),
        StrategyDefinition.Of<RsiMacdParams>("rsi_macd", "RSI oversold confirmed by a MACD bullish cross", p => p.WarmupCandles()),
        StrategyDefinition.Of<MaCrossoverParams>("ma_crossover", "fast / slow moving average crossover (sma or ema)", p => p.WarmupCandles()),
        StrategyDefinition.Of<BollingerReversionParams>("bollinger_reversion", "buy below the lower Bollinger band, sell at the middle", p => p.WarmupCandles()),
        StrategyDefinition.Of<TrendFollowingParams>("trend_following", "EMA trend filter + Supertrend + ADX strength", p => p.WarmupCandles()),
        StrategyDefinition.Of<ScalpingParams>("scalping", "short-timeframe mean reversion: lower band + fast RSI, time-boxed exit", p => p.WarmupCandles()),
        StrategyDefinition.Of<RulesParams>("rules", "indicators from the catalog with entry / exit expressions", RulesFactory.WarmupCandles, RulesBinder.Bind),
    ];

    private static readonly FrozenDictionary<string, StrategyDefinition> ByType =
        All.ToFrozenDictionary(d => d.Type, StringComparer.Ordinal);

    /// <summary>The accepted <c>strategy.type</c> values, comma separated.</summary>
    public static string AcceptedTypes { get; } = string.Join(", ", All.Select(d => d.Type));

    /// <summary>
    /// Closed candles a fresh strategy for <paramref name="config"/> needs before every value it reads is defined:
    /// fed that many candles, its decision at the last one is the first that uses no undefined value. A backfill
    /// that must let the strategy decide at its first live candle loads <c>WarmupCandles - 1</c> earlier candles.
    /// EMA-based indicators still carry their seed after this point (their values are defined, not history-free).
    /// </summary>
    /// <exception cref="ConfigException">The type is not registered, or (rules) the params do not compile.</exception>
    public static int WarmupCandles(StrategyConfig config) => Find(config).Warmup(config.Params);

    private static StrategyDefinition Find(StrategyConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return TryFind(config.Type, out var definition)
            ? definition
            : throw new ConfigException($"unknown strategy type '{config.Type}'. Allowed: {AcceptedTypes}");
    }

    /// <summary>Finds an entry by its <c>strategy.type</c>.</summary>
    public static bool TryFind(string type, out StrategyDefinition definition) =>
        ByType.TryGetValue(type, out definition!);
}
