using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>
/// How entries (YAML <c>entry:</c>) or signal exits (<c>exit:</c>) are placed, e.g.
/// <c>entry: { type: limit, offset: 0.001, timeout_candles: 2, post_only: true }</c>.
/// </summary>
/// <param name="Type">Market (default) or limit.</param>
/// <param name="Offset">Limit orders: distance from the deciding close, 0.001 = 0.1 %: buys rest at close × (1 − offset), sells at close × (1 + offset); from 0 to below 0.1.</param>
/// <param name="TimeoutCandles">Limit orders: candles an order may rest after the one it was decided on before it is canceled; 1 to 1000.</param>
/// <param name="PostOnly">Limit orders: the order must add liquidity (never fill at once as a taker); a resting order at the offset already does.</param>
public sealed record OrderConfig(OrderKind Type = OrderKind.Market, decimal Offset = 0.001m, int TimeoutCandles = 2, bool PostOnly = false) : IValidatedConfig
{
    /// <summary>True for limit orders.</summary>
    public bool IsLimit => Type == OrderKind.Limit;

    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        return new ConfigChecks()
            .Between(nameof(Offset), (double)Offset, 0, true, 0.1, false, "0.001 (0.1 %)")
            .Count(nameof(TimeoutCandles), TimeoutCandles, 1, 1000)
            .ToList();
    }

    /// <summary>The price a limit <paramref name="side"/> order decided at <paramref name="close"/> rests at, on the tick.</summary>
    public decimal LimitPrice(OrderSide side, decimal close, Market market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.RoundPrice(close * (side == OrderSide.Buy ? 1m - Offset : 1m + Offset));
    }
}
