using System.Globalization;
using Trader.Domain;
using Trader.Execution.Brokers;
using Trader.Execution.Engine;
using Trader.Risk.Trades;

namespace Trader.Trader.Run;

/// <summary>The outbox event of a filled order (keyed <c>fill:CLIENT_ORDER_ID</c>): an entry, an exit, or a stop or target hit.</summary>
internal static class FillAlert
{
    private static readonly string StopLoss = ExitReasons.Name(ExitReason.StopLoss);
    private static readonly string TrailingStop = ExitReasons.Name(ExitReason.TrailingStop);
    private static readonly string TakeProfit = ExitReasons.Name(ExitReason.TakeProfit);

    public static AlertEvent Of(string instance, string symbol, string quote, SubmitOrderParameters order, BrokerFill fill)
    {
        string kind = fill.Side == OrderSide.Buy ? AlertKinds.Entry
            : order.Reason == StopLoss || order.Reason == TrailingStop ? AlertKinds.StopHit
            : order.Reason == TakeProfit ? AlertKinds.TargetHit
            : AlertKinds.Exit;
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{(fill.Side == OrderSide.Buy ? "bought" : "sold")} {fill.Amount} {symbol} at {fill.Price} {quote} (fee {fill.Fee} {quote}) because {order.Reason}; order {order.ClientOrderId}");
        return new AlertEvent($"fill:{order.ClientOrderId}", instance, kind, fill.TimeMs, text);
    }
}
