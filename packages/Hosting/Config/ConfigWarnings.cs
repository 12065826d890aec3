using System.Globalization;
using Trader.Domain;
using Trader.Execution;

namespace Trader.Hosting.Config;

/// <summary>
/// Settings that are valid but almost certainly a mistake. They do not stop a run (a test may want them); the apps
/// print them (<c>trader validate</c> on stderr, the trader and the backtester in their logs).
/// </summary>
public static class ConfigWarnings
{
    /// <summary>The warnings for <paramref name="instance"/>, each naming the keys and what to change; empty when none.</summary>
    public static IReadOnlyList<string> Of(InstanceConfig instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var warnings = new List<string>();
        if (instance.Mode == TradingMode.Live && instance.Live is null)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"mode: live without a live: section: the live budget is taken from paper.starting_balance ({instance.Paper.StartingBalance}) and the fee reserve from paper.fee ({instance.Paper.Fee}). This is deprecated: add live: {{ budget: {instance.Paper.StartingBalance} }} (paper: then only sets paper mode and backtests)."));
        }
        decimal slippage = instance.Paper.Slippage;
        if (slippage <= 0) return warnings;
        foreach (var (key, stop) in new[] { ("stop_loss", instance.Risk.StopLoss), ("trailing_stop", instance.Risk.TrailingStop) })
        {
            // The entry fills at the open plus the slippage, so a stop that close below the fill sits at or above the open
            // of the very candle that filled it: every position is stopped out at once, and the stop pays the slippage again.
            if (stop is { } s && s <= slippage)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"risk.{key} {s} is at or inside paper.slippage {slippage}: the entry fills {slippage} above the open, so the stop is touched on the entry candle and every trade stops out at once. Use a {key} well above the slippage, e.g. {slippage * 10}."));
            }
        }
        return warnings;
    }
}
