using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>What a slippage model needs to move one fill's price.</summary>
/// <param name="Side">Buy (slips up) or sell (slips down).</param>
/// <param name="Price">Price before slippage in quote per base (the open, the stop price...).</param>
public readonly record struct SlippageParameters(OrderSide Side, decimal Price);
