using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>What a fee model needs to price one fill.</summary>
/// <param name="Side">Buy or sell.</param>
/// <param name="Price">Execution price in quote per base.</param>
/// <param name="Amount">Executed amount in base currency.</param>
/// <param name="Trigger">How the order executed (a venue may charge makers and takers differently).</param>
public readonly record struct FeeParameters(OrderSide Side, decimal Price, decimal Amount, OrderTrigger Trigger);
