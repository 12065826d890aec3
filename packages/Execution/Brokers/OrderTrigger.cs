namespace Trader.Execution.Brokers;

/// <summary>When and at what price an order executes.</summary>
public enum OrderTrigger
{
    /// <summary>Market order decided at a candle's close; executes at the next candle's open, with slippage.</summary>
    NextOpen,

    /// <summary>A stop touched inside a candle: executes at once at the stop price, with slippage (a stop becomes a market order).</summary>
    Stop,

    /// <summary>A take-profit target touched inside a candle: executes at once at the target price, without slippage (a resting limit order).</summary>
    Target,

    /// <summary>Market order at a known price now (e.g. closing what is left at the end of a backtest), with slippage.</summary>
    Immediate,

    /// <summary>
    /// A limit order resting at <see cref="SubmitOrderParameters.Price"/> from the next candle on: it fills at that price,
    /// without slippage, when a later candle trades through it (a buy when the low goes below it, a sell when the high
    /// goes above it), and rests until then or until the engine cancels it.
    /// </summary>
    Limit,

    /// <summary>
    /// A lot's protective stop held by the exchange (live only): a stop-limit sell resting on the venue at
    /// <see cref="SubmitOrderParameters.Price"/> with its limit at <see cref="SubmitOrderParameters.LimitPrice"/>; it
    /// stays open until the venue fills it or the engine cancels it.
    /// </summary>
    Protective,
}
