using Trader.Backtester.Run;
using Trader.Backtester.Sweep;
using Trader.Domain;

namespace Trader.Backtester.Tests.Sweep;

public sealed class SweepAxisTests
{
    private sealed record Params(int RsiPeriod = 14, double Oversold = 30, decimal Fraction = 0.1m);

    [Fact]
    public void Grid_TwoAxes_EveryCombinationFirstAxisSlowest()
    {
        var grid = SweepAxis.Grid([SweepAxis.Parse("rsi_period=10,14"), SweepAxis.Parse("oversold=25,30,35")]);
        Assert.Equal(6, grid.Count);
        Assert.Equal((10.0, 25.0), (grid[0]["rsi_period"], grid[0]["oversold"]));
        Assert.Equal((10.0, 35.0), (grid[2]["rsi_period"], grid[2]["oversold"]));
        Assert.Equal((14.0, 25.0), (grid[3]["rsi_period"], grid[3]["oversold"]));
    }

    [Theory]
    [InlineData("rsi_period", "expected name=value,value")]
    [InlineData("rsi_period=", "expected name=value,value")]
    [InlineData("rsi_period=10,x", "'x' is not a number")]
    public void Parse_Malformed_ConfigExceptionWithExample(string text, string message)
    {
        var e = Assert.Throws<ConfigException>(() => SweepAxis.Parse(text));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Grid_SameNameTwice_Rejected()
    {
        var e = Assert.Throws<ConfigException>(() => SweepAxis.Grid([SweepAxis.Parse("a=1"), SweepAxis.Parse("a=2")]));
        Assert.Contains("names 'a' twice", e.Message);
    }

    [Fact]
    public void With_SnakeCaseNames_ReplacesOnlyThoseParameters()
    {
        var changed = (Params)RecordOverride.With(new Params(), new Dictionary<string, double> { ["rsi_period"] = 20, ["fraction"] = 0.25 });
        Assert.Equal(new Params(20, 30, 0.25m), changed);
    }

    [Fact]
    public void With_FractionalValueForWholeNumber_Rejected()
    {
        var e = Assert.Throws<ConfigException>(() => RecordOverride.With(new Params(), new Dictionary<string, double> { ["rsi_period"] = 14.5 }));
        Assert.Contains("rsi_period: 14.5 must be a whole number", e.Message);
    }

    [Fact]
    public void With_UnknownName_ListsParameters()
    {
        var e = Assert.Throws<ConfigException>(() => RecordOverride.With(new Params(), new Dictionary<string, double> { ["period"] = 3 }));
        Assert.Contains("Parameters: rsi_period, oversold, fraction", e.Message);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z")]
    [InlineData("2024-01-01T06:00:00Z", "2024-01-02T00:00:00Z", "2024-01-01T06:00:00Z", "2024-01-02T00:00:00Z")]
    public void CandleRange_DateToIncludesWholeDayTimeIsExclusive(string from, string to, string fromIso, string toIso)
    {
        var range = CandleRange.Parse(from, to);
        Assert.Equal(fromIso, TimeText.Iso(range.FromMs));
        Assert.Equal(toIso, TimeText.Iso(range.ToMs));
    }

    [Fact]
    public void CandleRange_ToBeforeFrom_Rejected()
    {
        Assert.Throws<ConfigException>(() => CandleRange.Parse("2024-02-01", "2024-01-01"));
    }
}
