using Serilog;
using Trader.Backtester.Sweep;
using Trader.Domain;
using Trader.Risk;
using Trader.Strategies;
using Trader.Execution;
using Trader.Execution.Engine;

namespace Trader.Backtester.Run;

/// <summary>
/// Builds one run's engine builder: a fresh strategy, to be warmed up on the startup candles (it sees them, nothing
/// trades on them, as in the trader: <see cref="EngineBuilder"/> does it for both) and the risk rules. A single run and
/// every point of a sweep are built here, so they warm up alike.
/// </summary>
internal static class RunSetup
{
    private static readonly IReadOnlySet<string> RiskNames = RecordOverride.Names(typeof(RiskConfig));

    /// <summary>The strategy's part of a swept point: every name that is not a <c>risk:</c> key.</summary>
    public static IReadOnlyDictionary<string, double> StrategyPoint(IReadOnlyDictionary<string, double> point) =>
        point.Where(kv => !RiskNames.Contains(kv.Key)).ToDictionary(StringComparer.Ordinal);

    /// <param name="instance">The instance YAML.</param>
    /// <param name="market">Tick, step and minimums for the simulated broker.</param>
    /// <param name="warmup">Startup candles the fresh strategy sees first, in order.</param>
    /// <param name="point">Swept values: names that are <c>risk:</c> keys (<c>stop_loss</c>, <c>take_profit</c>, ...) change
    /// the risk rules, every other name is a strategy parameter. Empty for a single run.</param>
    /// <param name="log">Engine, broker and risk log here.</param>
    /// <param name="indicators">Where the strategy's indicators come from (a sweep's shared series); null for fresh ones.</param>
    /// <exception cref="ConfigException">A swept value does not name a parameter or breaks the rules.</exception>
    public static EngineBuilder Create(InstanceConfig instance, Market market, IReadOnlyList<Candle> warmup, IReadOnlyDictionary<string, double> point, ILogger log,
        IIndicatorSource? indicators = null)
    {
        var riskPoint = point.Where(kv => RiskNames.Contains(kv.Key)).ToDictionary(StringComparer.Ordinal);
        var strategyPoint = StrategyPoint(point);
        var risk = instance.Risk;
        if (riskPoint.Count > 0)
        {
            risk = (RiskConfig)RecordOverride.With(risk, riskPoint);
            if (risk.Violations() is { Count: > 0 } violations)
            {
                throw new ConfigException($"--sweep {StrategyFactory.Describe(riskPoint)}: {StrategyFactory.Describe(violations)}");
            }
        }
        var strategy = StrategyFactory.Create(instance.Strategy, strategyPoint, indicators ?? FreshIndicators.Instance);
        return new EngineBuilder(instance.Name, instance.Timeframe, strategy, risk, instance.Paper, market, log)
        {
            Warmup = warmup,
            Entry = instance.Entry,
            Exit = instance.Exit,
        };
    }
}
