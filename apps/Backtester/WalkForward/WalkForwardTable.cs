using System.Globalization;
using Trader.Backtester.Sweep;
using Trader.Domain;

namespace Trader.Backtester.WalkForward;

/// <summary>The windows of a walk-forward as aligned lines: spans, chosen parameters, in-sample objective, out-of-sample figures.</summary>
internal static class WalkForwardTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<SweepAxis> axes, string rankBy, IReadOnlyList<WalkForwardStep> steps)
    {
        string[] outMetrics = ["total_return", "max_drawdown", "trades"];
        var header = new[] { "window", "out of sample from", "to" }.Concat(axes.Select(a => a.Name)).Append($"in-sample {rankBy}")
            .Concat(outMetrics.Select(m => $"out {m}")).ToArray();
        var lines = steps.Select((step, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), TimeText.Iso(step.Window.InToMs), TimeText.Iso(step.Window.OutToMs) }
            .Concat(axes.Select(a => step.Best.Point[a.Name].ToString("G", CultureInfo.InvariantCulture)))
            .Append(step.Best.Rows.First(r => r.Key == rankBy).Display)
            .Concat(outMetrics.Select(m => step.OutOfSampleRows.First(r => r.Key == m).Display))
            .ToArray()).ToList();
        var widths = header.Select((h, c) => Math.Max(h.Length, lines.Max(l => l[c].Length))).ToArray();
        string Format(string[] cells) => string.Join("  ", cells.Select((cell, c) => c is > 0 and < 3 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd();
        output.WriteLine(title);
        output.WriteLine(Format(header));
        foreach (var line in lines) output.WriteLine(Format(line));
    }
}
