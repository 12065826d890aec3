using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class TrixTests
{
    [Fact]
    public void Trix_ReferenceQuotes_MatchesEveryFieldBatchAndIncremental()
    {
        var expected = Reference.Results("trix");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var batch = closes.Trix(14);
        var kernel = new TrixIncremental(14);
        var incremental = closes.Select(c => kernel.Add(c)).ToArray();

        ColumnAssert.MatchesReference(expected, "trix", batch.Select(r => r.Trix).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "ema3", batch.Select(r => r.Ema3).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "trix", incremental.Select(r => r.Trix).ToArray(), "incremental");
        ColumnAssert.MatchesReference(expected, "ema3", incremental.Select(r => r.Ema3).ToArray(), "incremental");
    }

    [Fact]
    public void Trix_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(TrixCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = Series.Closes(candles).Trix(14);
            return [r.Select(x => x.Trix).ToArray(), r.Select(x => x.Ema3).ToArray()];
        });

    [Fact]
    public void Trix_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().Trix(14));

    [Fact]
    public void Trix_SeedRow_IsNull() =>
        CloseSeriesChecks.ShortSeriesAllNull(c => c.Trix(14).Select(r => r.Trix).ToArray(), 14);

    [Fact]
    public void Trix_ConstantPrices_IsZero() => CloseSeriesChecks.ConstantGives(c => c.Trix(14).Select(r => r.Trix).ToArray(), 0.1, 0);

    [Fact]
    public void Trix_HugePrices_ScaleInvariant() =>
        CloseSeriesChecks.ScalesWithPrices(c => c.Trix(14).Select(r => r.Trix).ToArray(), 1e150, 1);

    [Fact]
    public void Trix_PeriodOne_IsPercentChangeOfClose() =>
        Assert.Equal([null, 100.0, -50.0], new double[] { 1, 2, 1 }.Trix(1).Select(r => r.Trix).ToArray(), Tolerance.Reference);

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new TrixIncremental(0)).ParamName);
}
