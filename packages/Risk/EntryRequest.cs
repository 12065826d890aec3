namespace Trader.Risk;

/// <summary>A long entry the strategy wants, with the account state risk needs to vet and size it.</summary>
/// <param name="TimeMs">UTC Unix ms of the close of the candle that produced the signal (candle time, never the wall clock).</param>
/// <param name="Price">Expected entry price, quote per unit of base (e.g. that close); positive.</param>
/// <param name="Equity">Cash plus open positions marked at <paramref name="Price"/>, in quote currency.</param>
/// <param name="Cash">Quote currency free to spend on this entry (the engine leaves room for the fee); caps the amount.</param>
/// <param name="OpenPositions">Positions currently open.</param>
/// <param name="OpenExposure">Market value of the open positions in quote currency.</param>
/// <param name="MinQuoteAmount">Smallest order the market accepts (min notional) in quote currency; 0 when unknown.</param>
public sealed record EntryRequest(
    long TimeMs,
    decimal Price,
    decimal Equity,
    decimal Cash,
    int OpenPositions,
    decimal OpenExposure,
    decimal MinQuoteAmount = 0m);
