namespace Trader.Indicators.Tests;

/// <summary>
/// The order-statistics window against a brute-force model (a list of the last N values), in both forms: the tree
/// and the scan. Values are multiples of 1/4 up to a few hundred, so duplicates are frequent and every sum is exact.
/// </summary>
public sealed class OrderedWindowTests
{
    private const int Updates = 3_000;

    public static TheoryData<int, bool> Shapes() => new()
    {
        { 1, true }, { 2, true }, { 3, true }, { 7, true }, { 64, true }, { 301, true },
        { 1, false }, { 2, false }, { 7, false }, { 64, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Queries_RandomValuesWithDuplicatesAndNaN_MatchBruteForce(int capacity, bool tree)
    {
        var window = new OrderedWindow(capacity, tree ? 1 : int.MaxValue);
        var model = new List<double>();
        var random = new Random(capacity * 31 + (tree ? 1 : 0));
        Assert.Equal(tree, window.IsTree);

        for (int i = 0; i < Updates; i++)
        {
            // Small ranges force ties; one value in 200 is NaN, so NaNs enter and leave the window.
            double value = random.Next(200) == 0 ? double.NaN : random.Next(i % 500 < 250 ? 8 : 1_000) / 4.0;
            window.Add(value);
            model.Add(value);
            if (model.Count > capacity) model.RemoveAt(0);

            Assert.Equal(model.Count, window.Count);
            Assert.Equal(model.Count == capacity, window.IsFull);
            Assert.Equal(model.Count > 0 && model.All(x => x == model[0]), window.AllEqual);
            bool hasNaN = model.Any(double.IsNaN);
            Assert.Equal(hasNaN ? double.NaN : model.Sum(), window.Sum.Hi);

            var present = model.Where(x => !double.IsNaN(x)).ToList();
            foreach (var threshold in Thresholds(present, random))
            {
                var (count, sum) = window.Below(threshold);
                var below = present.Where(x => x < threshold.Hi || (x == threshold.Hi && threshold.Lo > 0)).ToList();
                Assert.Equal(below.Count, count);
                Assert.Equal(below.Sum(), sum.Hi);
                double actual = window.SumOfAbsoluteDeviations(threshold);
                if (hasNaN)
                {
                    Assert.True(double.IsNaN(actual), "a NaN in the window makes the deviation NaN");
                    continue;
                }
                double deviations = present.Sum(x => Math.Abs(x - threshold.Hi - threshold.Lo));
                Assert.Equal(deviations, actual, 1e-12 * Math.Max(1, deviations));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sum_EmptyWindow_IsZeroAndNothingIsBelow(bool tree)
    {
        var window = new OrderedWindow(5, tree ? 1 : int.MaxValue);
        Assert.Equal(0, window.Sum.Hi);
        Assert.Equal(0, window.Below(new DoubleDouble(1)).Count);
        Assert.False(window.AllEqual);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void TreeAndScan_RandomWalk_GiveTheSameSumsAndDeviations(int capacity)
    {
        var tree = new OrderedWindow(capacity, 1);
        var scan = new OrderedWindow(capacity, int.MaxValue);
        var random = new Random(7);
        double price = 30_000;
        for (int i = 0; i < 20_000; i++)
        {
            price *= 1 + 0.003 * (random.NextDouble() - 0.5);
            tree.Add(price);
            scan.Add(price);
            var mean = tree.Sum / tree.Count;
            Assert.Equal(tree.Sum.Hi, scan.Sum.Hi, 1e-15 * tree.Sum.Hi);
            double expected = tree.SumOfAbsoluteDeviations(mean);
            Assert.Equal(expected, scan.SumOfAbsoluteDeviations(mean), 1e-12 * expected);
        }
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(20, true)]
    [InlineData(500, true)]
    public void SumOfAbsoluteDeviations_PricesNear1e5MovingBy1e6_MatchesExactTwoPass(int capacity, bool tree)
    {
        // x = 1e5 + k * 2^-30 with integer k below 1024: a range of about 1e-6 on 1e5. The deviation around the mean is
        // 2^-30 times that of the integers k, which a plain two-pass computes exactly (small integers, one rounding).
        // A plain two-pass on x itself is off by about 1e-5 relative here: the rounded mean alone moves every term.
        const double step = 1.0 / (1 << 30);
        var window = new OrderedWindow(capacity, tree ? 1 : int.MaxValue);
        var ks = new List<double>();
        var random = new Random(capacity);
        for (int i = 0; i < 5 * capacity; i++)
        {
            double k = random.Next(1024);
            window.Add(1e5 + k * step);
            ks.Add(k);
            if (ks.Count > capacity) ks.RemoveAt(0);
            if (!window.IsFull) continue;

            double meanK = ks.Sum() / capacity;
            double expected = ks.Sum(x => Math.Abs(x - meanK)) * step;
            double actual = window.SumOfAbsoluteDeviations(window.Sum / capacity);
            Assert.True(Math.Abs(actual - expected) <= 1e-9 * expected, $"update {i}: {actual:R} vs exact {expected:R}");
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(2_000)]
    public void Add_AfterWarmup_AllocatesNothing(int capacity)
    {
        var window = new OrderedWindow(capacity);
        var random = new Random(3);
        var values = Enumerable.Range(0, 60_000).Select(_ => random.NextDouble()).ToArray();
        double Feed(int from)
        {
            double sink = 0;
            for (int i = from; i < from + 10_000; i++)
            {
                window.Add(values[i]);
                sink += window.SumOfAbsoluteDeviations(window.Sum / window.Count);
            }
            return sink;
        }

        Feed(0); // fills the window and compiles the loop
        long best = long.MaxValue;
        // Best of a few rounds: the JIT may allocate while tiering up; an allocation per update shows in every round.
        for (int round = 1; round <= 5 && best > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Feed(round * 10_000);
            best = Math.Min(best, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(best == 0, $"capacity {capacity}: {best} bytes allocated per 10,000 updates.");
    }

    // Values of the window, midpoints, values nudged by a DoubleDouble low part (ties decided by Lo), and extremes.
    private static IEnumerable<DoubleDouble> Thresholds(List<double> present, Random random)
    {
        var tiny = new DoubleDouble(1e-30);
        yield return new DoubleDouble(-1);
        yield return new DoubleDouble(1e9);
        if (present.Count == 0) yield break;
        double pick = present[random.Next(present.Count)];
        yield return new DoubleDouble(pick);
        yield return new DoubleDouble(pick) + tiny;
        yield return new DoubleDouble(pick) - tiny;
        yield return new DoubleDouble(pick + 0.125);
        yield return new DoubleDouble(present.Sum()) / present.Count;
    }
}
