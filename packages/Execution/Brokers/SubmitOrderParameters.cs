using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>An order intent the engine sends to a broker (parameter object, so brokers can grow without breaking).</summary>
/// <param name="ClientOrderId">Deterministic id of the decision (see <see cref="Engine.ClientOrderIds"/>); a broker treats a repeat as the same order.</param>
/// <param name="Side">Buy opens a long position, sell closes it.</param>
/// <param name="Trigger">When it executes and whether slippage applies.</param>
/// <param name="QuoteAmount">Buys: quote currency to spend before the fee (the broker derives the base amount from the fill price). Ignored for sells.</param>
/// <param name="Amount">Sells: base amount to sell. Ignored for buys.</param>
/// <param name="Price">Stop, target or reference price in quote per base for <see cref="OrderTrigger.Stop"/>, <see cref="OrderTrigger.Target"/> and <see cref="OrderTrigger.Immediate"/>; null for <see cref="OrderTrigger.NextOpen"/>.</param>
/// <param name="TimeMs">UTC Unix ms of the decision (a candle close; never the wall clock).</param>
/// <param name="Reason">Why the order is placed, e.g. the strategy's signal reason or <c>stop_loss</c>.</param>
/// <param name="LimitPrice">Limit of a <see cref="OrderTrigger.Protective"/> stop-limit sell (the worst price it accepts once triggered); null otherwise.</param>
/// <param name="PostOnly">A <see cref="OrderTrigger.Limit"/> order that must only rest (<c>post_only: true</c>): refused, not filled, when its price would trade at once.</param>
/// <param name="TargetPrice">Take profit of a <see cref="OrderTrigger.Protective"/> sell, quote per base: where the venue holds OCO lists the
/// stop and this target rest together (a post-only limit leg here); a broker that holds the stop alone answers with the order
/// without it, and the engine then checks the target at candle closes. Null otherwise.</param>
public sealed record SubmitOrderParameters(
    string ClientOrderId,
    OrderSide Side,
    OrderTrigger Trigger,
    decimal QuoteAmount,
    decimal Amount,
    decimal? Price,
    long TimeMs,
    string Reason,
    decimal? LimitPrice = null,
    bool PostOnly = false,
    decimal? TargetPrice = null)
{
    /// <summary>The order type this intent is: a stop-limit for a protective stop, a limit (post-only: limit maker) for a resting limit order, else market.</summary>
    public OrderType Type => Trigger switch
    {
        OrderTrigger.Protective => OrderType.StopLossLimit,
        OrderTrigger.Limit => PostOnly ? OrderType.LimitMaker : OrderType.Limit,
        _ => OrderType.Market,
    };

    /// <summary>The limit the order carries (a stop-limit's limit, a limit order's price); null for market orders.</summary>
    public decimal? OrderLimitPrice => Trigger switch
    {
        OrderTrigger.Protective => LimitPrice,
        OrderTrigger.Limit => Price,
        _ => null,
    };
}
