namespace Trader.Strategies.Rules;

/// <summary>Candle fields a rule can name.</summary>
internal enum CandleField
{
    Open,
    High,
    Low,
    Close,
    Volume,
}
