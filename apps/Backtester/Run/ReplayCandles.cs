using Trader.Domain;

namespace Trader.Backtester.Run;

/// <summary>The candles of one run, both in time order.</summary>
/// <param name="Warmup">Startup candles right before the range: the strategy sees them, nothing trades on them.</param>
/// <param name="Range">The traded candles: trades, equity, metrics and the report start at the first of them.</param>
internal sealed record ReplayCandles(Candle[] Warmup, Candle[] Range);
