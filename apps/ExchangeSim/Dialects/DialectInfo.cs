namespace Trader.ExchangeSim.Dialects;

/// <summary>A dialect's name, its venue's default request budget (limit per window) and how to build it.</summary>
public sealed record DialectInfo(string Name, int DefaultLimit, TimeSpan DefaultWindow, Func<DialectContext, IDialect> Create);
