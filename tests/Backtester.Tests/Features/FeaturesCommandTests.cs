using Trader.Indicators;
using Trader.Domain;

namespace Trader.Backtester.Tests.Features;

public sealed class FeaturesCommandTests
{
    private static readonly string HourlyCsv = SharedData.File("data", "binance_BTCUSDT_1h.csv");
    private static readonly string DailyQuotes = SharedData.File("reference", "indicators", "quotes", "default.csv");

    [Fact]
    public async Task Features_TimeShapedCsv_WritesCandlesAndColumnsEqualToBatch()
    {
        string output = Path.Combine(Path.GetTempPath(), $"features-{Guid.NewGuid():N}.csv");
        try
        {
            var run = await BacktesterProcess.RunAsync("features", "--csv", HourlyCsv,
                "--indicator", "bb", "--indicator", "atr:period=7", "--indicator", "obv", "--out", output);

            Assert.True(run.ExitCode == 0, run.StdErr);
            var csv = FeatureCsv.Parse(File.ReadAllText(output));
            Candle[] candles = FeatureCsv.Candles(HourlyCsv);
            Assert.Equal(
                ["time", "open", "high", "low", "close", "volume", "bb.middle", "bb.upper", "bb.lower", "bb.percent_b", "bb.z_score", "bb.width",
                 "atr.atr", "atr.tr", "atr.atrp", "obv"],
                csv.Header);
            Assert.Equal(candles.Length, csv.Rows.Length);
            Assert.Equal("2018-05-01T00:00:00Z", csv.Rows[0][0]);
            Assert.Equal(candles.Select(c => (double?)c.Close), csv.Column("close"));

            var bb = candles.BollingerBands(20, 2);
            Assert.Equal(bb.Select(r => r.UpperBand), csv.Column("bb.upper"));
            Assert.Equal(bb.Select(r => r.PercentB), csv.Column("bb.percent_b"));
            var atr = candles.Atr(7);
            Assert.Equal(atr.Select(r => r.Atr), csv.Column("atr.atr"));
            Assert.Equal(atr.Select(r => r.Tr), csv.Column("atr.tr"));
            Assert.Equal(candles.Obv(), csv.Column("obv"));
            Assert.Equal("", csv.Rows[0][Array.IndexOf(csv.Header, "atr.tr")]); // undefined: empty cell
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Features_DateShapedCsvToStdout_UsesCatalogDefaults()
    {
        var run = await BacktesterProcess.RunAsync("features", "--csv", DailyQuotes, "--indicator", "supertrend", "--indicator", "vwap");

        Assert.True(run.ExitCode == 0, run.StdErr);
        var csv = FeatureCsv.Parse(run.StdOut);
        Candle[] candles = FeatureCsv.Candles(DailyQuotes);
        Assert.Equal("2017-01-03T00:00:00Z", csv.Rows[0][0]);
        var supertrend = candles.SuperTrend(10, 3);
        Assert.Equal(supertrend.Select(r => r.SuperTrend), csv.Column("supertrend.supertrend"));
        Assert.Equal(supertrend.Select(r => r.UpperBand), csv.Column("supertrend.upper"));
        Assert.Equal(candles.Vwap(), csv.Column("vwap"));
    }

    [Fact]
    public async Task Features_SameIndicatorTwice_PrefixesColumnsWithTheArgument()
    {
        var run = await BacktesterProcess.RunAsync("features", "--csv", HourlyCsv, "--indicator", "stdev:period=5", "--indicator", "stdev:period=30");

        Assert.True(run.ExitCode == 0, run.StdErr);
        var csv = FeatureCsv.Parse(run.StdOut);
        Candle[] candles = FeatureCsv.Candles(HourlyCsv);
        Assert.Equal(candles.StdDev(5).Select(r => r.StdDev), csv.Column("stdev:period=5.stdev"));
        Assert.Equal(candles.StdDev(30).Select(r => r.StdDev), csv.Column("stdev:period=30.stdev"));
    }

    [Theory]
    [InlineData("nosuch", "unknown indicator 'nosuch'")]
    [InlineData("bb:period=0", "'period' of indicator 'bb' must be a whole number from 1 to 1000")]
    [InlineData("bb:periods=3", "Unknown parameter 'periods' for indicator 'bb'. Allowed: period, std_dev")]
    [InlineData("bb:period", "'period' is not param=value")]
    [InlineData("atr:period=abc", "value 'abc' of 'period' is not a number")]
    public async Task Features_BadIndicatorArgument_ExitsTwoWithMessage(string argument, string message)
    {
        var run = await BacktesterProcess.RunAsync("features", "--csv", HourlyCsv, "--indicator", argument);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public async Task Features_NoSourceOrMissingFile_ExitsTwo()
    {
        var none = await BacktesterProcess.RunAsync("features", "--indicator", "atr");
        var missing = await BacktesterProcess.RunAsync("features", "--csv", "/nonexistent/candles.csv");

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--csv FILE", none.StdErr);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.StdErr);
    }

    [Fact]
    public async Task Features_OutInMissingFolder_ExitsTwoNamingTheFile()
    {
        var run = await BacktesterProcess.RunAsync("features", "--csv", HourlyCsv, "--indicator", "obv", "--out", "/nonexistent-folder/features.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out /nonexistent-folder/features.csv: cannot write the file", run.StdErr);
    }

    [Fact]
    public async Task Features_List_PrintsEveryEntryWithParametersAndFields()
    {
        var run = await BacktesterProcess.RunAsync("features", "--list");

        Assert.Equal(0, run.ExitCode);
        foreach (var definition in Trader.Indicators.Catalog.IndicatorCatalog.All)
            Assert.Contains($"{definition.Name}: {definition.Description}", run.StdOut);
        Assert.Contains("std_dev = 2 (number 0.01..100)", run.StdOut);
        Assert.Contains("fields: middle, upper, lower, percent_b, z_score, width (primary: middle)", run.StdOut);
    }
}
