using System.Collections.Frozen;
using Trader.Domain;
using Trader.Strategies.BollingerReversion;
using Trader.Strategies.MaCrossover;
using Trader.Strategies.Macd;
using Trader.Strategies.Rsi;
using Trader.Strategies.RsiMacd;
using Trader.Strategies.Rules;
using Trader.Strategies.Scalping;
using Trader.Strategies.TrendFollowing;

namespace Trader.Strategies;

/// <summary>Every strategy type a config can name. The list is explicit: adding a strategy adds one line here.</summary>
public static class StrategyRegistry
{
    /// <summary>All entries, in the order help text lists them.</summary>
    public static IReadOnlyList<StrategyDefinition> All { get; } =
    [
        StrategyDefinition.Of<RsiParams>("rsi", "RSI mean reversion: buy oversold, sell overbought", (p, indicators) => new RsiStrategy(p, indicators), p => p.WarmupCandles()),
        StrategyDefinition.Of<MacdParams>("macd", "MACD line / signal line crossover", p => new MacdStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<RsiMacdParams>("rsi_macd", "RSI oversold confirmed by a MACD bullish cross", p => new RsiMacdStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<MaCrossoverParams>("ma_crossover", "fast / slow moving average crossover (sma or ema)", p => new MaCrossoverStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<BollingerReversionParams>("bollinger_reversion", "buy below the lower Bollinger band, sell at the middle", p => new BollingerReversionStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<TrendFollowingParams>("trend_following", "EMA trend filter + Supertrend + ADX strength", p => new TrendFollowingStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<ScalpingParams>("scalping", "short-timeframe mean reversion: lower band + fast RSI, time-boxed exit", p => new ScalpingStrategy(p), p => p.WarmupCandles()),
        StrategyDefinition.Of<RulesParams>("rules", "indicators from the catalog with entry / exit expressions", (p, indicators) => RulesFactory.Create(p, indicators), RulesFactory.WarmupCandles),
    ];

    private static readonly FrozenDictionary<string, StrategyDefinition> ByType =
        All.ToFrozenDictionary(d => d.Type, StringComparer.Ordinal);

    /// <summary>The accepted <c>strategy.type</c> values, comma separated.</summary>
    public static string AcceptedTypes { get; } = string.Join(", ", All.Select(d => d.Type));

    /// <summary>
    /// The one way the engine and the apps build a strategy: a fresh instance (fresh indicator state) of
    /// <paramref name="config"/>'s type from its validated params. Build one per run; instances are not shared.
    /// </summary>
    /// <exception cref="ConfigException">The type is not registered, the params record is not the type's, or (rules) an
    /// indicator or expression is invalid; the message names the file, line and column.</exception>
    public static IStrategy Create(StrategyConfig config) => Create(config, FreshIndicators.Instance);

    /// <summary>
    /// The same, the strategy taking its indicators from <paramref name="indicators"/> where it reads catalog indicators
    /// (<c>rsi</c>, <c>rules</c>; the other built-ins make their own): a sweep passes one that shares each distinct
    /// indicator series between its runs.
    /// </summary>
    /// <exception cref="ConfigException">As <see cref="Create(StrategyConfig)"/>.</exception>
    public static IStrategy Create(StrategyConfig config, IIndicatorSource indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return Find(config).Create(config.Params, indicators);
    }

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
        if (!TryFind(config.Type, out var definition))
            throw new ConfigException($"unknown strategy type '{config.Type}'. Allowed: {AcceptedTypes}");
        if (config.Params?.GetType() != definition.ParamsType)
            throw new ConfigException($"strategy '{config.Type}' takes {definition.ParamsType.Name}, got {config.Params?.GetType().Name ?? "null"}");
        return definition;
    }

    /// <summary>Finds an entry by its <c>strategy.type</c>.</summary>
    public static bool TryFind(string type, out StrategyDefinition definition) =>
        ByType.TryGetValue(type, out definition!);
}
