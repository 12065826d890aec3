using Trader.Indicators.Tests.Infrastructure;

namespace Trader.Indicators.Tests;

public sealed class StochRsiTests
{
    [Fact]
    public void StochRsi_ReferenceQuotes_MatchesEveryFieldBatchAndIncremental()
    {
        var expected = Reference.Results("stoch-rsi");
        var closes = Series.Closes(Reference.QuotesFor(expected.Entry));
        var batch = closes.StochRsi(14, 14, 3, 1);
        var kernel = new StochRsiIncremental(14, 14, 3, 1);
        var incremental = closes.Select(c => kernel.Add(c)).ToArray();

        ColumnAssert.MatchesReference(expected, "stochRsi", batch.Select(r => r.StochRsi).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "signal", batch.Select(r => r.Signal).ToArray(), "batch");
        ColumnAssert.MatchesReference(expected, "stochRsi", incremental.Select(r => r.StochRsi).ToArray(), "incremental");
        ColumnAssert.MatchesReference(expected, "signal", incremental.Select(r => r.Signal).ToArray(), "incremental");
    }

    [Fact]
    public void StochRsi_LongSeries_BatchEqualsIncremental() =>
        Consistency.BatchEqualsIncremental(StochRsiCatalog.Definition, new Dictionary<string, double> { ["smooth_period"] = 3 }, candles =>
        {
            var r = Series.Closes(candles).StochRsi(14, 14, 3, 3);
            return [r.Select(x => x.StochRsi).ToArray(), r.Select(x => x.Signal).ToArray()];
        });

    [Fact]
    public void StochRsi_EmptyInput_ReturnsEmpty() => Assert.Empty(Array.Empty<double>().StochRsi());

    [Fact]
    public void StochRsi_FewerBarsThanWarmup_ReturnsAllNull() =>
        CloseSeriesChecks.ShortSeriesAllNull(c => c.StochRsi().Select(r => r.StochRsi).ToArray(), 27);

    [Fact]
    public void StochRsi_ConstantPrices_IsZeroBecauseRsiWindowIsFlat() =>
        CloseSeriesChecks.ConstantGives(c => c.StochRsi().Select(r => r.StochRsi).ToArray(), 0.1, 0);

    [Fact]
    public void StochRsi_HugePrices_ScaleInvariant() =>
        CloseSeriesChecks.ScalesWithPrices(c => c.StochRsi().Select(r => r.StochRsi).ToArray(), 1e150, 1);

    [Fact]
    public void StochRsi_PeriodsOfOne_AlternatesBetweenExtremes()
    {
        // RSI(1) is 100 on a rise and 0 on a fall; a 2-bar stochastic of it is 100 after a rise, 0 after a fall.
        var result = new double[] { 1, 2, 1, 2 }.StochRsi(1, 2, 1, 1);
        Assert.Equal([null, null, 0.0, 100.0], result.Select(r => r.StochRsi).ToArray());
    }

    [Theory]
    [InlineData(0, 14, 3, 1, "rsiPeriod")]
    [InlineData(14, 0, 3, 1, "stochPeriod")]
    [InlineData(14, 14, 0, 1, "signalPeriod")]
    [InlineData(14, 14, 3, 0, "smoothPeriod")]
    public void Constructor_InvalidPeriod_ThrowsNamingIt(int rsi, int stoch, int signal, int smooth, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentOutOfRangeException>(() => new StochRsiIncremental(rsi, stoch, signal, smooth)).ParamName);
}
