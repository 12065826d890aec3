using Trader.Domain;

namespace Trader.Backtester.WalkForward;

/// <summary>
/// <c>--walk-forward in=DURATION,out=DURATION[,anchored]</c>: optimise on each in-sample span, trade the next
/// out-of-sample span with the winner. Durations are read by <see cref="DurationText"/>, a whole number and a unit:
/// <c>m</c> (minutes), <c>h</c>, <c>d</c> or <c>w</c> (<c>90d</c>, <c>12h</c>); at least a minute. Windows step by the out-of-sample length, so the out-of-sample spans
/// tile the range after the first in-sample span; <c>anchored</c> keeps every in-sample span starting at the range's
/// start (expanding) instead of rolling.
/// </summary>
/// <param name="InSampleMs">Length of an in-sample span.</param>
/// <param name="OutOfSampleMs">Length of an out-of-sample span, and the step between windows.</param>
/// <param name="Anchored">In-sample spans all start at the range's start.</param>
/// <param name="InSample">The in-sample duration as given, e.g. <c>90d</c>.</param>
/// <param name="OutOfSample">The out-of-sample duration as given.</param>
internal sealed record WalkForwardSpec(long InSampleMs, long OutOfSampleMs, bool Anchored, string InSample, string OutOfSample)
{
    private const string Example = "e.g. --walk-forward in=90d,out=30d or in=12h,out=4h,anchored (units m, h, d, w)";

    /// <exception cref="ConfigException">Not of the form in=DURATION,out=DURATION[,anchored].</exception>
    public static WalkForwardSpec Parse(string text)
    {
        (long Ms, string Text)? inSample = null, outOfSample = null;
        bool anchored = false;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            switch (pair[0])
            {
                case "in" when pair.Length == 2 && inSample is null:
                    inSample = (Duration(pair[1], text), pair[1]);
                    break;
                case "out" when pair.Length == 2 && outOfSample is null:
                    outOfSample = (Duration(pair[1], text), pair[1]);
                    break;
                case "anchored" when pair.Length == 1 && !anchored:
                    anchored = true;
                    break;
                default:
                    throw new ConfigException($"--walk-forward '{text}': '{part}' is not in=DURATION, out=DURATION or anchored (each once); {Example}.");
            }
        }
        if (inSample is not { } i || outOfSample is not { } o)
        {
            throw new ConfigException($"--walk-forward '{text}': give both the in-sample and the out-of-sample length, {Example}.");
        }
        return new WalkForwardSpec(i.Ms, o.Ms, anchored, i.Text, o.Text);
    }

    // The one duration reader (DurationText); a span below a minute is no 1m candle.
    private static long Duration(string value, string text) =>
        DurationText.TryParse(value) is { } span && span >= TimeSpan.FromMinutes(1)
            ? (long)span.TotalMilliseconds
            : throw new ConfigException($"--walk-forward '{text}': '{value}' is not a duration; give a whole number of at least 1 and a unit, {Example}.");

    public override string ToString() => $"in={InSample},out={OutOfSample}{(Anchored ? ",anchored" : "")}";
}
