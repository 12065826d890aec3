using Serilog.Core;
using Trader.Database;
using Trader.Domain;

// Writes the database scripts/bench-backtest runs the backtester on: COUNT one-minute BTC/USDT candles of binance, a
// seeded random walk (seed 42, from 2022-01-01, start 40,000, 0.1 % per minute), through the Database package as the
// backfiller would store them.   Usage: Backtester.Benchmarks DATABASE_FILE [COUNT, default 1000000]
if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], out _)))
{
    Console.Error.WriteLine("usage: Backtester.Benchmarks DATABASE_FILE [COUNT]");
    return 2;
}
int count = args.Length == 2 ? int.Parse(args[1]) : 1_000_000;
var series = new SeriesKey("binance", "BTC/USDT", Timeframe.M1);
long start = new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
using var database = await TradingDatabase.OpenAsync(args[0], new DatabaseOptions(), TimeProvider.System, Logger.None, CancellationToken.None);
var walk = new RandomWalk(42, Timeframe.M1, start, startPrice: 40_000, volatility: 0.001);
const int Batch = 50_000;
for (int written = 0; written < count; written += Batch)
{
    var batch = new Candle[Math.Min(Batch, count - written)];
    for (int i = 0; i < batch.Length; i++) batch[i] = walk.Next();
    await database.Candles.UpsertAsync(series, batch, CancellationToken.None);
}
Console.Error.WriteLine($"{args[0]}: {count:N0} candles of {series}");
return 0;
