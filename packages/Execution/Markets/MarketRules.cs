namespace Trader.Execution.Markets;

/// <summary>
/// The trading rules of one market that the simulated broker applies, so simulated orders round and fail
/// as the venue's would. Prices are quote per unit of base; amounts are base units.
/// </summary>
/// <param name="TickSize">Price increment in quote currency, e.g. 0.01; 0 means no rounding.</param>
/// <param name="StepSize">Amount increment in base currency, e.g. 0.00001; 0 means no rounding.</param>
/// <param name="MinAmount">Smallest order amount in base currency; 0 for none.</param>
/// <param name="MinNotional">Smallest order value (amount × price) in quote currency; 0 for none.</param>
public sealed record MarketRules(decimal TickSize, decimal StepSize, decimal MinAmount, decimal MinNotional)
{
    /// <summary>No rounding and no minimums (for tests and markets whose rules are unknown).</summary>
    public static MarketRules Unrestricted { get; } = new(0m, 0m, 0m, 0m);

    /// <summary>Binance BTC/USDT spot's rules: tick 0.01 USDT, step 0.00001 BTC, min 0.00001 BTC, min notional 5 USDT.</summary>
    public static MarketRules BinanceBtcUsdt { get; } = new(0.01m, 0.00001m, 0.00001m, 5m);

    /// <summary>Rounds a price down to the tick (what a seller receives at worst).</summary>
    public decimal FloorPrice(decimal price) => Floor(price, TickSize);

    /// <summary>Rounds a price up to the tick (what a buyer pays at worst).</summary>
    public decimal CeilingPrice(decimal price) =>
        TickSize <= 0m ? price : Math.Ceiling(price / TickSize) * TickSize;

    /// <summary>Rounds an amount down to the step, so an order never exceeds what was budgeted.</summary>
    public decimal FloorAmount(decimal amount) => Floor(amount, StepSize);

    /// <summary>Why an order of <paramref name="amount"/> at <paramref name="price"/> would be refused, or null when it is acceptable.</summary>
    public string? Violation(decimal amount, decimal price)
    {
        if (amount <= 0m) return $"amount {amount} is not positive (after rounding to step {StepSize})";
        if (amount < MinAmount) return $"amount {amount} is below the minimum amount {MinAmount}";
        if (amount * price < MinNotional) return $"order value {amount * price} is below the minimum notional {MinNotional}";
        return null;
    }

    private static decimal Floor(decimal value, decimal increment) =>
        increment <= 0m ? value : Math.Floor(value / increment) * increment;
}
