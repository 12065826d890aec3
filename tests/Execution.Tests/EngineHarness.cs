using Serilog.Core;
using Trader.Domain;
using Trader.Risk;
using Trader.Risk.Sizing;
using Trader.Strategies;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Execution.Journal;

namespace Trader.Execution.Tests;

/// <summary>An engine wired with the simulated broker and an in-memory journal, over 1h candles from 2024-01-01T00:00Z.</summary>
public sealed class EngineHarness
{
    public static readonly long T0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public const long HourMs = 3_600_000L;

    public EngineHarness(IStrategy strategy, RiskConfig? risk = null, PaperConfig? paper = null, Market? market = null, string name = "test", IExecutionJournal? journal = null,
        OrderConfig? entry = null, OrderConfig? exit = null)
    {
        paper ??= new PaperConfig(10_000m, 0m, 0m);
        market ??= Markets.Unrestricted;
        Journal = new InMemoryJournal();
        Broker = SimulatedBroker.FromPaper(paper, market, Logger.None);
        Engine = new EngineBuilder(name, Timeframe.H1, strategy, risk ?? new RiskConfig(new StakeConfig(Fraction: 0.5m)), paper, market, Logger.None)
        {
            Broker = Broker,
            Entry = entry,
            Exit = exit,
        }.Build(journal ?? Journal);
    }

    public TradingEngine Engine { get; }

    public SimulatedBroker Broker { get; }

    public InMemoryJournal Journal { get; }

    public static long Open(int i) => T0 + i * HourMs;

    public static long Close(int i) => T0 + (i + 1) * HourMs;

    /// <summary>Candle i with the given prices.</summary>
    public static Candle C(int i, double open, double high, double low, double close) => new(Open(i), open, high, low, close, 1.0);

    /// <summary>Flat candles at <paramref name="price"/> (open = high = low = close).</summary>
    public static Candle Flat(int i, double price) => C(i, price, price, price, price);

    public async Task<List<EngineStep>> RunAsync(IEnumerable<Candle> candles, bool closeAtEnd = false)
    {
        var steps = new List<EngineStep>();
        foreach (var candle in candles) steps.Add(await Engine.OnClosedCandleAsync(candle, CancellationToken.None));
        if (closeAtEnd) await Engine.CloseAllAsync(CancellationToken.None);
        return steps;
    }
}
