using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>One execution of an order. Money is exact decimal, already rounded to the market's tick and step.</summary>
/// <param name="ClientOrderId">The order filled.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Price">Execution price in quote per base, slippage included.</param>
/// <param name="Amount">Executed amount in base currency.</param>
/// <param name="Fee">Fee charged, in quote currency.</param>
/// <param name="TimeMs">UTC Unix ms of the execution (candle time).</param>
public sealed record BrokerFill(string ClientOrderId, OrderSide Side, decimal Price, decimal Amount, decimal Fee, long TimeMs)
{
    /// <summary>Amount × price, in quote currency, fee excluded.</summary>
    public decimal Notional => Price * Amount;

    /// <summary>This fill and a later one of the same order as one: amounts and fees added, the price their amount-weighted
    /// average, the later time (the parts of an order filled in parts; an exit's part and the market sell of its rest).</summary>
    public BrokerFill Plus(BrokerFill later)
    {
        ArgumentNullException.ThrowIfNull(later);
        decimal amount = Amount + later.Amount;
        return this with
        {
            Price = amount == 0m ? Price : (Notional + later.Notional) / amount,
            Amount = amount,
            Fee = Fee + later.Fee,
            TimeMs = Math.Max(TimeMs, later.TimeMs),
        };
    }
}
