namespace Trader.Domain.Tests.Candles;

public sealed class CandleCsvTests : IDisposable
{
    private const long Hour = 3_600_000;
    private const long Jan1 = 1_704_067_200_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("candle-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(params string[] lines)
    {
        string path = Path.Combine(_dir, $"{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Read_HeaderIsoAndUnixMsRows_GivesCandlesWithTheirLines()
    {
        var content = CandleCsv.Read(File("time,open,high,low,close,volume", "2024-01-01T00:00:00Z,1,2,0.5,1.5,10", "", $"{Jan1 + Hour},1.5,2,1,1.2,0"));
        Assert.Empty(content.Problems);
        Assert.Equal([new CandleCsvRow(2, new Candle(Jan1, 1, 2, 0.5, 1.5, 10)), new CandleCsvRow(4, new Candle(Jan1 + Hour, 1.5, 2, 1, 1.2, 0))], content.Rows);
    }

    [Fact]
    public void Read_NoHeaderOrDateHeader_ReadsTheSameCandles()
    {
        var plain = CandleCsv.Read(File("2024-01-01,1,2,0.5,1.5,10"));
        var dated = CandleCsv.Read(File("date,open,high,low,close,volume", "2024-01-01,1,2,0.5,1.5,10"));
        Assert.Equal(plain.Candles, dated.Candles);
        Assert.Single(plain.Candles);
    }

    [Fact]
    public void Read_NewestFirst_ComesBackOldestFirst()
    {
        var content = CandleCsv.Read(File("2024-01-01T02:00:00Z,1,2,0.5,1.5,10", "2024-01-01T01:00:00Z,1,2,0.5,1.5,10", "2024-01-01T00:00:00Z,1,2,0.5,1.5,10"));
        Assert.Equal([4, 3, 2], content.Rows.Select(r => r.Line + 1));
        Assert.Equal([Jan1, Jan1 + Hour, Jan1 + 2 * Hour], content.Candles.Select(c => c.OpenTimeMs));
    }

    [Fact]
    public void Read_ReorderedHeader_ReadsNothingAndSaysWhy()
    {
        var content = CandleCsv.Read(File("time,close,open,high,low,volume", "2024-01-01,1,2,0.5,1.5,10"));
        Assert.Empty(content.Rows);
        Assert.Equal("header 'time,close,open,high,low,volume' is not 'time,open,high,low,close,volume' (or 'date,open,high,low,close,volume'); no row was read",
            Assert.Single(content.Problems).Reason);
    }

    [Theory]
    [InlineData("2024-01-01,1,2,0.5,1.5", "expected 6 columns time,open,high,low,close,volume, got 5")]
    [InlineData("soon,1,2,0.5,1.5,10", "time 'soon' is not a time; use ISO 8601 UTC (2024-01-01 or 2024-01-01T12:00:00Z) or Unix milliseconds")]
    [InlineData("2024-01-01,1,x,0.5,1.5,10", "high 'x' is not a number")]
    [InlineData("2024-01-01,NaN,2,0.5,1.5,10", "open is NaN, not a finite number")]
    [InlineData("2024-01-01,1,2,0.5,1.5,-1", "volume -1 is negative")]
    [InlineData("2024-01-01,0,2,0.5,1.5,1", "open 0 is not positive")]
    [InlineData("2024-01-01,1,0.5,2,1.5,1", "low 2 is above high 0.5")]
    [InlineData("2024-01-01,1e308,1e308,1e308,1e308,1", "open 1E+308 is above the largest accepted price 1000000000000000")]
    [InlineData("2024-01-01,1e400,1e400,1e400,1e400,1", "open is Infinity, not a finite number")]
    [InlineData("9999-12-31T00:00:00Z,1,2,0.5,1.5,1", "open time 253402214400000 is outside 1970-01-01..2100-01-01 (Unix ms 0..4102444800000)")]
    [InlineData("1969-12-31T23:00:00Z,1,2,0.5,1.5,1", "open time -3600000 is outside 1970-01-01..2100-01-01 (Unix ms 0..4102444800000)")]
    public void Read_BadRow_IsAProblemAtItsLine(string row, string reason)
    {
        var content = CandleCsv.Read(File(CandleCsv.Header, "2024-02-01,1,2,0.5,1.5,10", row));
        Assert.Equal(new CandleCsvProblem(3, reason), Assert.Single(content.Problems));
        Assert.Single(content.Rows);
    }

    [Fact]
    public void Read_TwoRowsOneOpenTimeDifferentValues_UsesNeitherAndNamesBothLines()
    {
        var content = CandleCsv.Read(File(CandleCsv.Header, "2024-01-01,1,2,0.5,1.5,10", "2024-01-01T01:00:00Z,1,2,0.5,1.5,10", "2024-01-01,1,2,0.5,1.4,10"));
        Assert.Equal([Jan1 + Hour], content.Candles.Select(c => c.OpenTimeMs));
        Assert.Equal(
            [new CandleCsvProblem(2, "open time 2024-01-01T00:00:00Z is also on line 4 with different values; neither row is used"),
             new CandleCsvProblem(4, "open time 2024-01-01T00:00:00Z is also on line 2 with different values; neither row is used")],
            content.Problems);
    }

    [Fact]
    public void Read_RepeatedIdenticalRow_KeepsOneAndReportsTheRepeat()
    {
        var content = CandleCsv.Read(File("2024-01-01,1,2,0.5,1.5,10", "2024-01-01,1,2,0.5,1.5,10"));
        Assert.Equal([new CandleCsvRow(1, new Candle(Jan1, 1, 2, 0.5, 1.5, 10))], content.Rows);
        Assert.Equal(new CandleCsvProblem(2, "open time 2024-01-01T00:00:00Z repeats line 1; the row is read once"), Assert.Single(content.Problems));
    }

    [Fact]
    public void Read_MissingFileOrFolder_IsAConfigErrorNamingIt()
    {
        string missing = Path.Combine(_dir, "nope.csv");
        Assert.Equal($"{missing}: no such file; give a CSV file (time,open,high,low,close,volume).", Assert.Throws<ConfigException>(() => CandleCsv.Read(missing)).Message);
        Assert.StartsWith($"{_dir}: is a folder", Assert.Throws<ConfigException>(() => CandleCsv.Read(_dir)).Message);
    }

    [Fact]
    public void Load_BadLines_ThrowsEachAsFileLineReason()
    {
        string path = File(CandleCsv.Header, "2024-01-01,1,2,0.5,1.5,10", "2024-01-02,1,x,0.5,1.5,10", "2024-01-03,1,2,3,1.5,10");
        var e = Assert.Throws<ConfigException>(() => CandleCsv.Load(path));
        Assert.Equal($"{path}:3: high 'x' is not a number{Environment.NewLine}{path}:4: low 3 is above high 2", e.Message);
    }

    [Fact]
    public async Task WriteAsync_ThenRead_GivesTheSameCandlesBitForBit()
    {
        Candle[] candles = [new(Jan1, 0.1 + 0.2, 1.0 / 3, 0.1, 0.2, 1e-9), new(Jan1 + Hour, 42_000.123456789, 43_000, 41_000, 42_500, 12.5)];
        string path = Path.Combine(_dir, "out.csv");
        await CandleCsv.WriteAsync(path, candles, CancellationToken.None);
        var content = CandleCsv.Read(path);
        Assert.Empty(content.Problems);
        Assert.Equal(candles, content.Candles);
    }
}
