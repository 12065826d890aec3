using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trader.Domain;

namespace Trader.Backfiller.Tests;

/// <summary><c>backfiller import</c> and <c>export</c> as real processes over a real SQLite file.</summary>
[Collection(nameof(BackfillerProcess))]
public sealed class ImportTests
{
    private const long Hour = 3_600_000;
    private const long Jan1 = 1_704_067_200_000;
    private static readonly SeriesKey Btc1h = new("binance", "BTC/USDT", Timeframe.H1);
    private static readonly string[] Series = ["--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h"];

    private static string Row(long openMs, double close) =>
        string.Create(CultureInfo.InvariantCulture, $"{TimeText.Iso(openMs)},100,110,90,{close},5");

    private static Task<(int, BackfillerProcess)> ImportAsync(Scratch scratch, string csv) =>
        BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, ["import", "--csv", csv, .. Series]);

    [Fact]
    public async Task Import_ConflictsInTheFileAndWithTheStore_ReportsEachLineKeepsTheStoredAndCountsTrue()
    {
        using var scratch = new Scratch();
        var first = scratch.File("first.csv");
        File.WriteAllLines(first, [CandleCsv.Header, Row(Jan1, 100), Row(Jan1 + Hour, 101), Row(Jan1 + 2 * Hour, 102)]);
        var (code, run) = await ImportAsync(scratch, first);
        Assert.True(code == 0, run.Output);

        var second = scratch.File("second.csv");
        File.WriteAllLines(second,
        [
            CandleCsv.Header,
            Row(Jan1, 100),                  // line 2: already stored, same values
            Row(Jan1 + Hour, 105),           // line 3: differs from the stored candle
            Row(Jan1 + 3 * Hour, 103),       // line 4: new, but line 5 has the same open time and other values
            Row(Jan1 + 3 * Hour, 104),       // line 5
            Row(Jan1 + 4 * Hour, 106),       // line 6: new
            "9999-12-31T00:00:00Z,100,110,90,100,5",   // line 7: the year 9999
            $"{TimeText.Iso(Jan1 + 5 * Hour)},1e308,1e308,1e308,1e308,5",   // line 8: a price no decimal holds
        ]);
        (code, run) = await ImportAsync(scratch, second);

        Assert.Equal(1, code);
        Assert.Contains($"imported 1 candles into {Btc1h} from {second}; 1 already stored unchanged; rejected 5 rows", run.Stdout);
        Assert.Contains($"{second}:3: open time 2024-01-01T01:00:00Z differs from the stored candle (open 100, high 110, low 90, close 101, volume 5); the stored one is kept", run.Stderr);
        Assert.Contains($"{second}:4: open time 2024-01-01T03:00:00Z is also on line 5 with different values; neither row is used", run.Stderr);
        Assert.Contains($"{second}:5: open time 2024-01-01T03:00:00Z is also on line 4 with different values; neither row is used", run.Stderr);
        Assert.Contains($"{second}:7: open time 253402214400000 is outside 1970-01-01..2100-01-01", run.Stderr);
        Assert.Contains($"{second}:8: open 1E+308 is above the largest accepted price", run.Stderr);
        Assert.DoesNotContain("   at ", run.Output);

        var stored = await scratch.CandlesAsync(Btc1h);
        Assert.Equal([Jan1, Jan1 + Hour, Jan1 + 2 * Hour, Jan1 + 4 * Hour], stored.Select(c => c.OpenTimeMs));
        Assert.Equal(101, stored[1].Close);
    }

    private static Gen<Candle[]> ValidHourlyStream() =>
        from start in Gen.Choose(0, 1_000_000).Select(h => h * Hour)
        from steps in Gen.Choose(1, 3).ArrayOf()
        from prices in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get) % 1e9 + 1e-9).ArrayOf(4).ArrayOf(steps.Length)
        from volumes in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get) % 1e15).ArrayOf(steps.Length)
        select steps.Select((_, i) => new Candle(start + steps.Take(i + 1).Sum() * Hour, prices[i][0], prices[i].Max(), prices[i].Min(), prices[i][3], volumes[i])).ToArray();

    // Each case is two processes, so fewer cases than an in-process property; the streams are long enough to matter.
    [Property(MaxTest = 6)]
    public Property ImportThenExport_AnyValidStream_IsTheIdentity() =>
        Prop.ForAll(ValidHourlyStream().ToArbitrary(), async candles =>
        {
            using var scratch = new Scratch();
            var input = scratch.File("in.csv");
            await CandleCsv.WriteAsync(input, candles, CancellationToken.None);
            var (importCode, import) = await ImportAsync(scratch, input);
            var output = scratch.File("out.csv");
            var (exportCode, export) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, ["export", .. Series, "--out", output]);
            Assert.True(importCode == 0 && exportCode == 0, import.Output + export.Output);
            return File.ReadAllText(output) == File.ReadAllText(input);
        });
}
