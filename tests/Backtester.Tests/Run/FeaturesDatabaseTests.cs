using Serilog.Core;
using Trader.Domain;
using Trader.Database;

namespace Trader.Backtester.Tests.Run;

public sealed class FeaturesDatabaseTests : IDisposable
{
    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Features_DatabaseSource_SameCsvAsTheCsvSource()
    {
        string csv = BacktesterRun.Sample("binance_BTCUSDT_1h.csv");
        using (var database = await TradingDatabase.OpenAsync(_run.DatabasePath, new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None))
        {
            var fromCsv = await _run.RunAsync("features", "--csv", csv);
            Assert.True(fromCsv.ExitCode == 0, fromCsv.Stderr);
            var candles = fromCsv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))
                .Select(c => new Candle(DateTimeOffset.Parse(c[0], System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
                    double.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture),
                    double.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), double.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture),
                    double.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray();
            await database.Candles.UpsertAsync(new SeriesKey("binance", "BTC/USDT", Timeframe.H1), candles, CancellationToken.None);
        }

        var fromDb = await _run.RunAsync("features", "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h", "--indicator", "rsi", "--indicator", "atr");
        var expected = await _run.RunAsync("features", "--csv", csv, "--indicator", "rsi", "--indicator", "atr");

        Assert.True(fromDb.ExitCode == 0, fromDb.Stderr);
        Assert.Equal(expected.Stdout, fromDb.Stdout);
    }

    [Fact]
    public async Task Features_EmptyDatabase_Exit2NamingTheBackfiller()
    {
        var run = await _run.RunAsync("features", "--exchange", "binance", "--symbol", "ETH/USDT", "--timeframe", "15m", "--indicator", "atr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no candles of binance ETH/USDT 15m", run.Stderr);
        Assert.Contains("backfiller --exchange binance --symbols ETH/USDT --timeframes 15m", run.Stderr);
    }

    [Fact]
    public async Task Features_DatabaseSourceMissingTimeframe_Exit2()
    {
        var run = await _run.RunAsync("features", "--exchange", "binance", "--symbol", "BTC/USDT", "--indicator", "atr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs all of --exchange, --symbol and --timeframe", run.Stderr);
    }

    // The series options are checked with the words of the config loaders and the backfiller (SeriesValues).
    [Theory]
    [InlineData("kucoin", "BTC/USDT", "1h", "--exchange: unknown exchange 'kucoin'. Allowed: binance, bybit, coinbase, kraken, sim.")]
    [InlineData("binance", "btc;rm", "1h", "'--symbol' must be BASE/QUOTE in capitals, e.g. BTC/USDT, got 'btc;rm'")]
    [InlineData("binance", "BTC/USDT", "7h", "unknown timeframe '7h' for '--timeframe'. Allowed: 1m, 3m")]
    public async Task Features_BadSeriesOption_Exit2WithTheSharedMessage(string exchange, string symbol, string timeframe, string expected)
    {
        var run = await _run.RunAsync("features", "--exchange", exchange, "--symbol", symbol, "--timeframe", timeframe, "--indicator", "atr");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
    }
}
