using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trader.Domain;

namespace Trader.Domain.Tests;

public sealed class OpenTimeRangesTests
{
    [Fact]
    public void Without_HoleInsideAndOverlappingEdges_LeavesTheUncoveredParts()
    {
        IReadOnlyList<OpenTimeRange> gaps = [new(0, 10), new(20, 30)];

        var left = gaps.Without([new(2, 4), new(3, 5), new(8, 22), new(29, 40)]);

        Assert.Equal([new OpenTimeRange(0, 2), new OpenTimeRange(5, 8), new OpenTimeRange(22, 29)], left);
    }

    // Against the obvious definition on a small grid: a point is left when some range holds it and no removed run does.
    [Property(MaxTest = 1000)]
    public Property Without_AnyRuns_LeavesExactlyTheUncoveredPoints() =>
        Prop.ForAll(Ascending(disjoint: true).ToArbitrary(), Ascending(disjoint: false).ToArbitrary(), (ranges, removed) =>
        {
            var left = ranges.Without(removed);
            bool ascendingAndDisjoint = left.Zip(left.Skip(1)).All(p => p.First.EndMs <= p.Second.FirstOpenMs) && left.All(r => r.FirstOpenMs < r.EndMs);
            return ascendingAndDisjoint && Enumerable.Range(0, 60).All(t =>
                Holds(left, t) == (Holds(ranges, t) && !Holds(removed, t)));
        });

    private static bool Holds(IEnumerable<OpenTimeRange> ranges, long t) => ranges.Any(r => r.FirstOpenMs <= t && t < r.EndMs);

    // Ascending by start; disjoint ones as the gap walk makes them, overlapping ones as recorded holes may be.
    private static Gen<IReadOnlyList<OpenTimeRange>> Ascending(bool disjoint) =>
        from pairs in Gen.Choose(0, 50).Two().Select(p => (Start: Math.Min(p.Item1, p.Item2), Length: Math.Abs(p.Item1 - p.Item2) % 8 + 1)).ArrayOf()
        select (IReadOnlyList<OpenTimeRange>)(disjoint ? Disjoint(pairs) : [.. pairs.OrderBy(p => p.Start).Select(p => new OpenTimeRange(p.Start, p.Start + p.Length))]);

    private static OpenTimeRange[] Disjoint((int Start, int Length)[] pairs)
    {
        var ranges = new List<OpenTimeRange>();
        long end = 0;
        foreach (var (start, length) in pairs.OrderBy(p => p.Start))
        {
            if (start <= end && ranges.Count > 0) continue;
            ranges.Add(new OpenTimeRange(start, start + length));
            end = start + length;
        }
        return [.. ranges];
    }
}
