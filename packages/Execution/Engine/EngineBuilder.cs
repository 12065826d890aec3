using Serilog;
using Trader.Domain;
using Trader.Execution.Brokers;
using Trader.Execution.Brokers.Live;
using Trader.Execution.Journal;
using Trader.Risk;
using Trader.Strategies;

namespace Trader.Execution.Engine;

/// <summary>
/// The one way an engine is put together, for the trader (paper and live), the backtester and every point of a sweep,
/// so they cannot drift apart: settings from the instance, a fresh strategy warmed up on the startup candles (it sees
/// them, nothing trades on them), the risk rules, a broker (the simulated one from <see cref="Paper"/> unless
/// <see cref="Broker"/> is given) and a journal.
/// </summary>
/// <param name="Name">Instance name (prefixes client order ids).</param>
/// <param name="Timeframe">Candle period of the series.</param>
/// <param name="Strategy">A fresh strategy (it keeps state: one builder builds one engine).</param>
/// <param name="Risk">Risk rules.</param>
/// <param name="Paper">Starting balance, fee (reserved when sizing) and, for the simulated broker, fee and slippage.</param>
/// <param name="Market">Tick, step and minimums of the traded market.</param>
/// <param name="Log">Engine, broker and risk log here.</param>
public sealed record EngineBuilder(string Name, Timeframe Timeframe, IStrategy Strategy, RiskConfig Risk, PaperConfig Paper, Market Market, ILogger Log)
{
    /// <summary>Startup candles, in order, that the strategy sees before the engine's first candle (<see cref="StartupCandles"/>).</summary>
    public IReadOnlyList<Candle> Warmup { get; init; } = [];

    /// <summary>The broker; null for the simulated broker of <see cref="Paper"/> (backtests and paper trading).</summary>
    public IBroker? Broker { get; init; }

    /// <summary>Wraps the strategy after its warm-up, e.g. to record what it decides on (the backtest report); null for none.</summary>
    public Func<IStrategy, IStrategy>? Observe { get; init; }

    /// <summary>How entries are placed (<c>entry:</c>); null = market.</summary>
    public OrderConfig? Entry { get; init; }

    /// <summary>How signal exits are placed (<c>exit:</c>); null = market.</summary>
    public OrderConfig? Exit { get; init; }

    /// <summary>A builder for <paramref name="instance"/> with a fresh strategy from its config; live, with its live budget and fee reserve (<see cref="LiveConfig.Of"/>).</summary>
    /// <exception cref="ConfigException">The strategy type is not registered or its params do not compile.</exception>
    public static EngineBuilder For(InstanceConfig instance, Market market, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(instance);
        // Live, the engine's cash is the live budget and it sets aside the live fee reserve when sizing.
        var paper = instance.Paper;
        if (instance.Mode == TradingMode.Live)
        {
            var live = LiveConfig.Of(instance);
            paper = paper with { StartingBalance = live.Budget, Fee = live.FeeReserve };
        }
        return new(instance.Name, instance.Timeframe, StrategyRegistry.Create(instance.Strategy), instance.Risk, paper, market, log)
        {
            Entry = instance.Entry,
            Exit = instance.Exit,
        };
    }

    /// <summary>Warms the strategy up on <see cref="Warmup"/> and returns the engine, recording into <paramref name="journal"/>. Call once.</summary>
    public TradingEngine Build(IExecutionJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        foreach (var candle in Warmup) Strategy.OnCandle(candle);
        var strategy = Observe?.Invoke(Strategy) ?? Strategy;
        return new TradingEngine(
            new EngineSettings(Name, Timeframe, Paper.StartingBalance, Paper.Fee, Market, Entry, Exit),
            strategy,
            new RiskManager(Risk, Timeframe, Log),
            Broker ?? SimulatedBroker.FromPaper(Paper, Market, Log),
            journal,
            Log);
    }
}
