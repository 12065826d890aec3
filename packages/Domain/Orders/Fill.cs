namespace Trader.Domain;

/// <summary>One execution (a partial or complete fill) of an order.</summary>
/// <param name="ClientOrderId">The order this fill belongs to.</param>
/// <param name="FillId">The exchange's trade id; unique within the order, so recording a fill twice is harmless.</param>
/// <param name="Symbol">Unified market symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Price">Execution price in quote currency.</param>
/// <param name="Amount">Executed quantity in base currency.</param>
/// <param name="Fee">Fee charged for this fill, in <paramref name="FeeCurrency"/>.</param>
/// <param name="FeeCurrency">Currency of <paramref name="Fee"/>.</param>
/// <param name="TimeMs">Execution time, Unix ms UTC.</param>
public sealed record Fill(
    string ClientOrderId,
    string FillId,
    string Symbol,
    OrderSide Side,
    decimal Price,
    decimal Amount,
    decimal Fee,
    string FeeCurrency,
    long TimeMs);
