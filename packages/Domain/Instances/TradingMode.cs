namespace Trader.Domain;

/// <summary>Whether orders are simulated against live prices or sent to the exchange.</summary>
public enum TradingMode
{
    Paper,
    Live,
}
