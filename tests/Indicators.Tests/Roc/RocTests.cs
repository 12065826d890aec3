using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class RocTests
{
    [Fact]
    public void Roc_ReferenceQuotes_MatchesEveryFieldBatchAndIncremental()
    {
        var expected = Reference.Results("roc");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var batch = closes.Roc(14);
        var kernel = new RocIncremental(14);
        var incremental = closes.Select(c => kernel.Add(c)).ToArray();

        ColumnAssert.MatchesReference(expected, "roc", batch.Select(r => r.Roc).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "momentum", batch.Select(r => r.Momentum).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "roc", incremental.Select(r => r.Roc).ToArray(), "incremental");
        ColumnAssert.MatchesReference(expected, "momentum", incremental.Select(r => r.Momentum).ToArray(), "incremental");
    }

    [Fact]
    public void Roc_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(RocCatalog.Definition, new Dictionary<string, double>(), candles =>
        {
            var r = Series.Closes(candles).Roc(14);
            return [r.Select(x => x.Roc).ToArray(), r.Select(x => x.Momentum).ToArray()];
        });

    [Fact]
    public void Roc_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().Roc(14));

    [Fact]
    public void Roc_FewerBarsThanWarmup_ReturnsAllNull() =>
        CloseSeriesChecks.ShortSeriesAllNull(c => c.Roc(14).Select(r => r.Roc).ToArray(), 14);

    [Fact]
    public void Roc_ConstantPrices_IsZero() => CloseSeriesChecks.ConstantGives(c => c.Roc(14).Select(r => r.Roc).ToArray(), 0.1, 0);

    [Fact]
    public void Roc_HugePrices_ScaleInvariant() =>
        CloseSeriesChecks.ScalesWithPrices(c => c.Roc(14).Select(r => r.Roc).ToArray(), 1e150, 1);

    [Fact]
    public void Roc_PeriodOneAndZeroBase_PercentChangeAndNullOnZero()
    {
        var result = new double[] { 0, 5, 10 }.Roc(1);
        Assert.Equal(new RocResult(null, null), result[0]);
        Assert.Equal(new RocResult(5, null), result[1]);
        Assert.Equal(new RocResult(5, 100), result[2]);
    }

    [Fact]
    public void Constructor_PeriodZero_ThrowsNamingPeriod() =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new RocIncremental(0)).ParamName);
}
