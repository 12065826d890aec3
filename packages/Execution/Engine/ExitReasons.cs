using Trader.Risk.Trades;

namespace Trader.Execution.Engine;

/// <summary>The snake_case names of exit reasons used in orders, journals, JSON and reports.</summary>
public static class ExitReasons
{
    /// <summary><c>signal</c>, <c>stop_loss</c>, <c>trailing_stop</c>, <c>take_profit</c> or <c>manual</c>.</summary>
    public static string Name(ExitReason reason) => reason switch
    {
        ExitReason.StopLoss => "stop_loss",
        ExitReason.TrailingStop => "trailing_stop",
        ExitReason.TakeProfit => "take_profit",
        ExitReason.Manual => "manual",
        _ => "signal",
    };
}
