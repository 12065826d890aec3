namespace Trader.ExchangeSim.Dialects;

/// <summary>
/// A dialect's name, its venue's default request budget (limit per window), how to build it, and whether its venue
/// charges fees in the quote asset (<see cref="Trader.Simulator.SimulatorSettings.FeesInQuote"/>).
/// </summary>
public sealed record DialectInfo(string Name, int DefaultLimit, TimeSpan DefaultWindow, Func<DialectContext, IDialect> Create, bool FeesInQuote = false);
