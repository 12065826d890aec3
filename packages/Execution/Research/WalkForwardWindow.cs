namespace Trader.Execution.Research;

/// <summary>One step of a walk-forward analysis: optimise on the in-sample span, then trade the next span unseen.</summary>
/// <param name="InFromMs">First open time of the in-sample span, Unix ms UTC (inclusive).</param>
/// <param name="InToMs">End of the in-sample span and start of the out-of-sample one (exclusive / inclusive).</param>
/// <param name="OutToMs">End of the out-of-sample span (exclusive).</param>
public sealed record WalkForwardWindow(long InFromMs, long InToMs, long OutToMs)
{
    /// <summary>
    /// Rolling windows over <c>[fromMs, toMs)</c>: each in-sample span is <paramref name="inSampleMs"/> long and is
    /// followed by <paramref name="outOfSampleMs"/> of out-of-sample; the next window starts one out-of-sample span later,
    /// so the out-of-sample spans tile the range after the first in-sample span without overlap. The last out-of-sample
    /// span is cut at <paramref name="toMs"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A span is not positive, or the range holds no in-sample span and a bit.</exception>
    public static IReadOnlyList<WalkForwardWindow> Rolling(long fromMs, long toMs, long inSampleMs, long outOfSampleMs) =>
        Windows(fromMs, toMs, inSampleMs, outOfSampleMs, anchored: false);

    /// <summary>
    /// Anchored (expanding) windows: the same out-of-sample spans as <see cref="Rolling"/>, but every in-sample span
    /// starts at <paramref name="fromMs"/>, so each optimisation sees all the history before its out-of-sample span.
    /// </summary>
    /// <exception cref="ArgumentException">A span is not positive, or the range holds no in-sample span and a bit.</exception>
    public static IReadOnlyList<WalkForwardWindow> Anchored(long fromMs, long toMs, long inSampleMs, long outOfSampleMs) =>
        Windows(fromMs, toMs, inSampleMs, outOfSampleMs, anchored: true);

    private static List<WalkForwardWindow> Windows(long fromMs, long toMs, long inSampleMs, long outOfSampleMs, bool anchored)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inSampleMs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outOfSampleMs);
        if (toMs - fromMs <= inSampleMs)
            throw new ArgumentException("The range is not longer than one in-sample span: nothing is left to test out of sample.");
        var windows = new List<WalkForwardWindow>();
        for (long start = fromMs; start + inSampleMs < toMs; start += outOfSampleMs)
        {
            long split = start + inSampleMs;
            windows.Add(new WalkForwardWindow(anchored ? fromMs : start, split, Math.Min(split + outOfSampleMs, toMs)));
        }
        return windows;
    }
}
