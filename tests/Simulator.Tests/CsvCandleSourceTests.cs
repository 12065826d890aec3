using Trader.Domain;
using Trader.Simulator;

namespace Trader.Exchange.Tests.Simulator;

public sealed class CsvCandleSourceTests
{
    private static string Shared(string file) => Trader.Testing.Repository.SharedData(file);

    [Fact]
    public void Load_SharedBinanceHourly_InfersTimeframeAndServesClosedCandles()
    {
        var source = CsvCandleSource.Load(Shared("binance_BTCUSDT_1h.csv"));
        long first = DateTimeOffset.Parse("2018-05-01T00:00:00Z").ToUnixTimeMilliseconds();

        Assert.Equal(Timeframe.H1, source.Timeframe);
        Assert.Equal(120, source.ClosedAt(source.EndMs).Count);
        Assert.Equal(2, source.ClosedAt(first + 2 * 3_600_000).Count);
        Assert.Equal(9246.01, source.First!.Value.Open);
    }

    [Fact]
    public void Load_MinuteFileWithGaps_InfersOneMinute()
    {
        Assert.Equal(Timeframe.M1, CsvCandleSource.Load(Shared("binance_BTCBUSD_1m.csv")).Timeframe);
    }

    [Fact]
    public void Load_BadNumber_NamesFileLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, ["time,open,high,low,close,volume", "2024-01-01T00:00:00Z,1,2,0.5,1,3", "2024-01-01T00:01:00Z,1,x,0.5,1,3"]);
        try
        {
            var e = Assert.Throws<ConfigException>(() => CsvCandleSource.Load(path));
            Assert.Contains($"{path}:3: high 'x'", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
