namespace Trader.Execution.Brokers;

/// <summary>How the engine places its entries or signal exits (YAML <c>entry.type</c>, <c>exit.type</c>).</summary>
public enum OrderKind
{
    /// <summary>A market order decided at a close, filled at the next candle's open with slippage (the default).</summary>
    Market,

    /// <summary>A limit order resting at a price derived from the deciding close, filled when a later candle trades through it.</summary>
    Limit,
}
