using Trader.Risk.Trades;

namespace Trader.Risk.Sizing;

/// <summary>What a position sizer may look at.</summary>
/// <param name="Equity">Account equity in quote currency (cash plus open positions at market).</param>
/// <param name="Price">Expected entry price in quote currency per unit of base.</param>
/// <param name="StopDistance">Distance from entry to the nearest stop as a fraction of entry price, 0.02 = 2 %; null without a stop.</param>
/// <param name="Stats">Statistics of trades closed so far.</param>
public sealed record SizingParameters(decimal Equity, decimal Price, decimal? StopDistance, TradeStats Stats);
