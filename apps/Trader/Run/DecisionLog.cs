using Serilog;
using Trader.Domain;
using Trader.Execution.Engine;
using Trader.Risk;
using Trader.Strategies;

namespace Trader.Trader.Run;

/// <summary>
/// The trader's one line per closed candle, written for a person:
/// <c>Candle 03:31Z close 16843.21 | fast 16840.1 slow 16850.3 -> exit: fast &lt; slow | equity 9992.82 BUSD</c>.
/// It shows the values of the indicators the strategy decided on (built-in strategies and rules alike), the signal with
/// its reason when the signal changes (a signal that holds candle after candle reads "exit, since 03:29Z"), risk's
/// refusal or resizing of an entry, and the order placed. Times are the candle's open in UTC, with the date when the day changes;
/// prices and money are rounded to the market's tick.
/// </summary>
internal sealed class DecisionLog(ILogger log, Market market, IReadOnlyList<StrategyIndicator> indicators)
{
    private SignalKind _lastKind = SignalKind.None;
    private long _sinceMs;
    private long _lastDay = long.MinValue;

    public void Write(in Candle candle, EngineStep step)
    {
        var signal = step.Signal;
        bool holds = signal.Kind != SignalKind.None && signal.Kind == _lastKind && step.OrderId is null;
        if (!holds) _sinceMs = candle.OpenTimeMs;
        _lastKind = signal.Kind;

        string decision = signal.Kind switch
        {
            SignalKind.None => "no signal",
            _ when holds => $"{Name(signal.Kind)}, since {LogText.Time(_sinceMs)}",
            _ => $"{Name(signal.Kind)}: {signal.Reason}",
        };
        if (step.Entry is { Verdict: EntryVerdict.Rejected } refused) decision += $"; not entered: {refused.Reason}";
        else if (step.Entry is { Verdict: EntryVerdict.Resized } resized) decision += $"; resized to {market.Money(resized.QuoteAmount)} {market.Quote}: {resized.Reason}";

        long day = candle.OpenTimeMs / 86_400_000;
        string time = day == _lastDay ? LogText.Time(candle.OpenTimeMs) : LogText.DateTime(candle.OpenTimeMs);
        _lastDay = day;
        log.Information("Candle {Time} close {Close}{Indicators} -> {Decision} | equity {Equity} {Quote}{Order}",
            time, market.Money(candle.Close), IndicatorValues(), decision, market.Money(step.Equity), market.Quote,
            step.OrderId is null ? "" : " | order " + step.OrderId);
    }

    private string IndicatorValues()
    {
        if (indicators.Count == 0) return "";
        var values = indicators.SelectMany(i => i.Indicator.Definition.Fields.Count == 1
            ? [$"{i.Label} {LogText.Value(i.Indicator.Value(0))}"]
            : i.Indicator.Definition.Fields.Select((field, f) => $"{i.Label}.{field} {LogText.Value(i.Indicator.Value(f))}"));
        return " | " + string.Join(" ", values);
    }

    private static string Name(SignalKind kind) => kind == SignalKind.Enter ? "enter" : "exit";
}
