using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Trader.Domain.Tests.Candles;

/// <summary>
/// The candle validator and the one CSV reader over any input: a verdict or a clear problem, never an exception; and a
/// valid candle stream written and read back is the same stream.
/// </summary>
public sealed class CandleCsvProperties : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("candle-csv-props-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Values where validation and parsing have edges: zero, signs, non-finite, bounds, subnormal, huge.
    private static readonly double[] EdgeValues =
    [
        0, -0.0, 1, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon,
        1e308, 1e-320, CandleValidator.MinPrice, CandleValidator.MaxPrice, CandleValidator.MaxVolume, 1e15 + 1, 0.1 + 0.2,
    ];

    private static readonly long[] EdgeTimes = [long.MinValue, -1, 0, 1, CandleValidator.EndOpenTimeMs - 1, CandleValidator.EndOpenTimeMs, 253_402_300_799_999, long.MaxValue];

    private static Gen<double> AnyDouble() => Gen.OneOf(Gen.Elements(EdgeValues), ArbMap.Default.GeneratorFor<double>(), ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get));

    private static Gen<long> AnyTime() => Gen.OneOf(Gen.Elements(EdgeTimes), ArbMap.Default.GeneratorFor<long>(), Gen.Choose(0, 4_102_444).Select(s => s * 1_000_000L));

    private static Gen<Candle> AnyCandle() =>
        from t in AnyTime()
        from v in AnyDouble().ArrayOf(5)
        select new Candle(t, v[0], v[1], v[2], v[3], v[4]);

    [Property(MaxTest = 3000)]
    public Property Validate_AnyCandle_AcceptsExactlyTheSafeOnes() =>
        Prop.ForAll(AnyCandle().ToArbitrary(), candle =>
        {
            bool safe = candle.OpenTimeMs is >= 0 and < CandleValidator.EndOpenTimeMs
                && new[] { candle.Open, candle.High, candle.Low, candle.Close }.All(p => p is >= CandleValidator.MinPrice and <= CandleValidator.MaxPrice)
                && candle.Low <= Math.Min(candle.Open, candle.Close) && Math.Max(candle.Open, candle.Close) <= candle.High
                && candle.Volume is >= 0 and <= CandleValidator.MaxVolume;
            string? reason = CandleValidator.Validate(candle);
            // Accepted candles are safe downstream: they convert to decimal money and have a printable close time.
            if (reason is null) _ = (decimal)candle.High + (decimal)candle.Low + DateTimeOffset.FromUnixTimeMilliseconds(candle.OpenTimeMs + 31L * 86_400_000).Year;
            return (reason is null) == safe && (reason is null || reason.Length > 0);
        });

    // What a damaged or hostile CSV holds: good rows, cells swapped for junk, broken lines, stray characters.
    private static readonly string[] Junk =
    [
        "", " ", ",", ",,,,,", "time,open,high,low,close,volume", "date,open,high,low,close,volume", "time,close", "NaN", "-1", "1e308", "1e400",
        "9999-12-31T23:59:59Z", "0001-01-01", "1969-12-31T23:59:59Z", "99999999999999999999", "\"1\"", "\0", "\ufeff", "∞", "1,5", "0x10", "+1",
    ];

    private static Gen<string> Line() => Gen.OneOf(
        from t in Gen.Choose(0, 100_000)
        from p in Gen.Choose(1, 1000)
        select $"{1_704_067_200_000L + t * 60_000L},{p},{p + 1},{p},{p},{t}",
        Gen.Elements(Junk),
        from cells in Gen.Elements(Junk).ArrayOf(6)
        select string.Join(",", cells),
        from t in Gen.Choose(0, 100)
        from v in AnyDouble().ArrayOf(5)
        select string.Join(",", v.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Prepend($"2024-01-01T{t % 24:00}:00:00Z")));

    [Property(MaxTest = 500)]
    public Property Read_AnyLines_GivesValidSortedRowsOrProblemsAtRealLines() =>
        Prop.ForAll(Line().ArrayOf().ToArbitrary(), lines =>
        {
            string path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
            File.WriteAllLines(path, lines);
            var content = CandleCsv.Read(path);
            var times = content.Candles.Select(c => c.OpenTimeMs).ToArray();
            return content.Rows.All(r => CandleValidator.Validate(r.Candle) is null)
                && times.Zip(times.Skip(1)).All(p => p.First < p.Second)
                && content.Problems.All(p => p.Line >= 1 && p.Line <= lines.Length && p.Reason.Length > 0)
                && content.Rows.Select(r => r.Line).Concat(content.Problems.Select(p => p.Line)).All(l => l <= lines.Length);
        });

    private static Gen<Candle[]> ValidStream() =>
        from start in Gen.Choose(0, 2_000_000).Select(h => h * 3_600_000L)
        from steps in Gen.Choose(1, 5).ArrayOf()
        from prices in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get) % 1e9 + 1e-6).ArrayOf(4).ArrayOf(steps.Length)
        from volumes in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get) % 1e12).ArrayOf(steps.Length)
        select steps.Select((_, i) =>
        {
            var p = prices[i];
            double low = p.Min(), high = p.Max();
            return new Candle(start + steps.Take(i + 1).Sum() * 3_600_000L, p[0], high, low, p[3], volumes[i]);
        }).Where(c => c.OpenTimeMs < CandleValidator.EndOpenTimeMs).ToArray();

    [Property(MaxTest = 300)]
    public Property WriteThenRead_AnyValidStream_IsTheIdentity() =>
        Prop.ForAll(ValidStream().ToArbitrary(), async candles =>
        {
            string path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
            await CandleCsv.WriteAsync(path, candles, CancellationToken.None);
            var content = CandleCsv.Read(path);
            return content.Problems.Count == 0 && content.Candles.SequenceEqual(candles);
        });
}
