using System.CommandLine;
using System.Globalization;
using Serilog;
using Serilog.Events;
using Trader.Domain;
using Trader.Hosting.Cli;
using Trader.Database;
using Trader.Exchange.Decorators;

// A child process for Database.Tests. Each command opens the shared database like a real app does and, after every
// commit, appends one line to --report so the parent can check that everything reported committed is in the file.
var db = new Option<string>("--db") { Required = true, Description = "DATABASE_URL: a SQLite path or sqlite: URL, or a postgres:// URL." };
var worker = new Option<int>("--worker") { DefaultValueFactory = _ => 0 };
var ops = new Option<int>("--ops") { DefaultValueFactory = _ => 90 };
var batch = new Option<int>("--batch") { DefaultValueFactory = _ => 20_000 };
var report = new Option<string>("--report") { Required = true };

var open = new Command("open", "Open (and migrate) the database, print its schema version.") { db };
open.SetAction(async (parse, ct) =>
{
    using var database = await Open(parse.GetValue(db)!, ct);
    Console.WriteLine($"schema {database.SchemaVersion}");
    return 0;
});

var write = new Command("write", "Write candles, orders and heartbeats in turn, --ops operations in all.") { db, worker, ops, report };
write.SetAction(async (parse, ct) =>
{
    int n = parse.GetValue(worker);
    using var database = await Open(parse.GetValue(db)!, ct);
    using var log = Report(parse.GetValue(report)!);
    string instance = $"worker-{n}";
    var series = new SeriesKey("sim", $"W{n}/USDT", Timeframe.M1);
    await database.Instances.RegisterAsync(
        new InstanceRegistration(instance, "hash", TradingMode.Paper, "sim", series.Symbol, Timeframe.M1, "test", 0), ct);
    int candleBatches = 0;
    for (int i = 0; i < parse.GetValue(ops); i++)
    {
        switch (i % 3)
        {
            case 0:
                long first = candleBatches++ * 5 * 60_000L;
                var candles = Enumerable.Range(0, 5).Select(j => new Candle(first + j * 60_000L, 100 + n, 101 + n, 99 + n, 100.5 + n, i)).ToArray();
                var result = await database.Candles.UpsertAsync(series, candles, ct);
                if (result.Written != candles.Length) throw new InvalidOperationException($"wrote {result.Written} of {candles.Length}");
                foreach (var c in candles) log.WriteLine($"candle {series.Symbol} {c.OpenTimeMs}");
                break;
            case 1:
                string id = $"w{n}-o{i}";
                await database.Orders.UpsertAsync(new Order(id, instance, "sim", series.Symbol, OrderSide.Buy, OrderType.Limit, OrderStatus.Open,
                    100.25m + n, 0.001m * (i + 1), 0m, null, 0m, null, i, i), ct);
                log.WriteLine($"order {id} {100.25m + n}");
                break;
            default:
                await database.Instances.HeartbeatAsync(instance, i, ct);
                log.WriteLine($"heartbeat {instance} {i}");
                break;
        }
    }
    return 0;
});

var crash = new Command("crash", "Write batches of --batch candles forever (until killed), reporting each committed batch.") { db, batch, report };
crash.SetAction(async (parse, ct) =>
{
    int size = parse.GetValue(batch);
    using var database = await Open(parse.GetValue(db)!, ct);
    using var log = Report(parse.GetValue(report)!);
    var series = new SeriesKey("sim", "CRASH/USDT", Timeframe.M1);
    for (int k = 0; !ct.IsCancellationRequested; k++)
    {
        var candles = Enumerable.Range(0, size).Select(j => new Candle((k * (long)size + j) * 60_000L, 100, 101, 99, 100, k)).ToArray();
        await database.Candles.UpsertAsync(series, candles, ct);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch {k}"));
    }
    return 0;
});

var budget = new Option<int>("--budget") { DefaultValueFactory = _ => 30 };
var windowMs = new Option<int>("--window-ms") { DefaultValueFactory = _ => 1_000 };
var startMs = new Option<long>("--start-ms") { Required = true };
var takes = new Option<int>("--takes") { DefaultValueFactory = _ => 30 };
var take = new Command("take", "From --start-ms (Unix ms; at once if later), take weight 1 at a time from the shared budget --takes times, reporting each take's window.")
    { db, budget, windowMs, startMs, takes, report };
take.SetAction(async (parse, ct) =>
{
    using var database = await Open(parse.GetValue(db)!, ct);
    using var log = Report(parse.GetValue(report)!);
    var shared = new SharedWeightBudget(database.RateLimits, "binance:test", parse.GetValue(budget), TimeSpan.FromMilliseconds(parse.GetValue(windowMs)), TimeProvider.System);
    long wait = parse.GetValue(startMs) - TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
    if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), TimeProvider.System, ct);
    for (int i = 0; i < parse.GetValue(takes); i++)
    {
        long window = await shared.AcquireAsync(1, ct);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"take {window}"));
    }
    return 0;
});

var root = new RootCommand("Database.Worker: a child process for the database's multi-process tests.") { open, write, crash, take };
return await CommandLineApp.RunAsync(root, args);

static Task<TradingDatabase> Open(string url, CancellationToken ct)
{
    var logger = new LoggerConfiguration().MinimumLevel.Warning()
        .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose).CreateLogger();
    return TradingDatabase.OpenAsync(url, DatabaseOptions.Default, TimeProvider.System, logger, ct);
}

static StreamWriter Report(string path) => new(path, append: false) { AutoFlush = true };
