namespace Trader.Domain;

/// <summary>What a strategy wants after seeing a closed candle. Spot trading is long-only.</summary>
public enum SignalKind
{
    None,
    Enter,
    Exit,
}
