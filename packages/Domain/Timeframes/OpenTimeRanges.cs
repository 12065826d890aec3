namespace Trader.Domain;

/// <summary>Set operations on ascending runs of open times.</summary>
public static class OpenTimeRanges
{
    /// <summary>
    /// The parts of <paramref name="ranges"/> that no run of <paramref name="removed"/> covers, ascending. Both inputs
    /// are ascending; <paramref name="removed"/> may overlap itself.
    /// </summary>
    public static IReadOnlyList<OpenTimeRange> Without(this IReadOnlyList<OpenTimeRange> ranges, IReadOnlyList<OpenTimeRange> removed)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(removed);
        if (removed.Count == 0) return ranges;
        var left = new List<OpenTimeRange>(ranges.Count);
        int r = 0;
        foreach (var range in ranges)
        {
            long from = range.FirstOpenMs;
            while (r < removed.Count && removed[r].EndMs <= from) r++;
            for (int k = r; k < removed.Count && removed[k].FirstOpenMs < range.EndMs && from < range.EndMs; k++)
            {
                if (removed[k].FirstOpenMs > from) left.Add(new OpenTimeRange(from, removed[k].FirstOpenMs));
                from = Math.Max(from, removed[k].EndMs);
            }
            if (from < range.EndMs) left.Add(new OpenTimeRange(from, range.EndMs));
        }
        return left;
    }
}
