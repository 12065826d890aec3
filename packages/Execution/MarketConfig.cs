using Trader.Domain;

namespace Trader.Execution;

/// <summary>
/// The traded market's rules written into the instance file (<c>market:</c>), for runs that have no venue to ask: the
/// backtester and the in-process simulator use them for the whole run instead of deriving them from the price of the
/// data's first candle. Against a real venue the venue's rules apply (the trader warns when these differ).
/// </summary>
/// <param name="TickSize">Price increment, quote per base (Binance BTC/USDT: 0.01).</param>
/// <param name="StepSize">Amount increment, base asset (Binance BTC/USDT: 0.00001).</param>
/// <param name="MinAmount">Smallest order amount, base asset; 0 = one step.</param>
/// <param name="MinNotional">Smallest order value (amount × price), quote asset; 0 = none.</param>
public sealed record MarketConfig(decimal TickSize, decimal StepSize, decimal MinAmount = 0m, decimal MinNotional = 0m) : IValidatedConfig
{
    /// <summary>Largest tick or step a market may have: a whole million of quote per tick, or of base per step.</summary>
    public const double MaxIncrement = 1_000_000;

    /// <summary>The market of <paramref name="symbol"/> (<c>BTC/USDT</c>) with these rules.</summary>
    public Market For(string symbol) => Market.Spot(symbol, TickSize, StepSize, MinAmount > 0 ? MinAmount : StepSize, MinNotional);

    /// <summary>Whether a venue's <paramref name="market"/> has exactly these rules.</summary>
    public bool Matches(Market market) => For(market.Symbol) == market;

    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations() =>
        new ConfigChecks()
            .Between(nameof(TickSize), (double)TickSize, 0, false, MaxIncrement, true, "0.01")
            .Between(nameof(StepSize), (double)StepSize, 0, false, MaxIncrement, true, "0.00001")
            .Between(nameof(MinAmount), (double)MinAmount, 0, true, MaxIncrement, true, "0.0001 (0 = one step)")
            .Between(nameof(MinNotional), (double)MinNotional, 0, true, (double)ConfigChecks.MaxMoney, true, "5 (quote currency; 0 = none)")
            .ToList();
}
