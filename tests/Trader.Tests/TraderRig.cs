using Serilog.Core;
using Trader.Database;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>
/// One ExchangeSim process replaying the bundled BTC/BUSD minute candles at <c>speed</c>, a temporary folder with
/// configs and logs, the shared database on a backend (a SQLite file by default), and helpers to write instance configs
/// and start traders against them.
/// </summary>
public sealed class TraderRig : IAsyncDisposable
{
    public const string Symbol = "BTC/BUSD";

    /// <summary>The process-heavy tests run one at a time: CI has two cores, and each test starts several processes.</summary>
    public const string Collection = "trader processes";

    private readonly DatabaseBackend _backend;

    private readonly double? _weightShare;

    private TraderRig(ExchangeSimProcess sim, string dir, DatabaseBackend backend, string exchange, double? weightShare)
    {
        _weightShare = weightShare;
        Sim = sim;
        Exchange = exchange;
        Dir = dir;
        _backend = backend;
    }

    public ExchangeSimProcess Sim { get; }

    /// <summary>The venue the simulator speaks and the instances name (<c>binance</c>, <c>bybit</c>, <c>coinbase</c> or <c>kraken</c>).</summary>
    public string Exchange { get; }

    public string Dir { get; }

    /// <summary>The <c>DATABASE_URL</c> every process of the rig shares.</summary>
    public string DatabaseUrl => _backend.Url("trading");

    /// <param name="speed">Simulated seconds per real second (60 = one 1m candle per second).</param>
    /// <param name="replayFrom">Simulated start; enough history before it for the warm-up.</param>
    /// <param name="backend">Where the shared database lives; a SQLite file when null. The rig disposes it.</param>
    /// <param name="exchange">The venue: the simulator's <c>--dialect</c> and the configs' <c>exchange:</c>.</param>
    /// <param name="balances">The account's starting balances, the simulator's <c>--balances</c>.</param>
    /// <param name="venue">Other simulator options in place of the bundled BTC/BUSD data from <paramref name="replayFrom"/>, e.g. a random walk over more symbols.</param>
    /// <param name="simOptions">More simulator options, e.g. <c>--limit-fill-share 0.25</c>.</param>
    /// <param name="weightShare">The share of the venue's rate limit each process of the rig may use (<c>&lt;VENUE&gt;_WEIGHT_SHARE</c>); the default when null.</param>
    public static async Task<TraderRig> StartAsync(double speed, string replayFrom = "2022-12-13T06:00:00Z", DatabaseBackend? backend = null, string exchange = "binance",
        string balances = "BUSD=10000,BTC=0", IReadOnlyList<string>? venue = null, double? weightShare = null, IReadOnlyList<string>? simOptions = null)
    {
        var dir = Directory.CreateTempSubdirectory("trader-it-").FullName;
        string[] source = venue is null ? ["--symbols", Symbol, "--data", DataFile(), "--replay-from", replayFrom] : [.. venue];
        var sim = await ExchangeSimProcess.StartAsync(
            ["--dialect", exchange, .. source, "--speed", speed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--balances", balances, .. simOptions ?? []]);
        return new TraderRig(sim, dir, backend ?? DatabaseBackend.Sqlite(), exchange, weightShare);
    }

    public static string RepoRoot() => Repository.Root;

    public static string DataFile() => Path.Combine(RepoRoot(), "data", "sample", "binance_BTCBUSD_1m.csv");

    /// <summary>A built app's dll (apps/APP/bin/CONFIGURATION/TFM/APP.dll), of the same configuration and framework as these tests.</summary>
    public static string BuiltApp(string app)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        return Path.Combine(RepoRoot(), "apps", app, "bin", output.Parent!.Name, output.Name, app + ".dll");
    }

    /// <summary>The risk block of <see cref="WriteConfig"/> unless a test gives its own.</summary>
    public const string DefaultRisk = "{ stake: { fraction: 0.2 }, stop_loss: 0.004, take_profit: 0.006 }";

    /// <summary>The paper block of <see cref="WriteConfig"/> unless a test gives its own.</summary>
    public const string DefaultPaper = "{ starting_balance: 5000, fee: 0.001, slippage: 0.0005 }";

    /// <summary>Limit entries (post-only) and limit exits resting 0.02 % from the deciding close: the YAML lines a test appends.</summary>
    public const string LimitOrders = "\nentry: { type: limit, offset: 0.0002, timeout_candles: 2, post_only: true }\nexit: { type: limit, offset: 0.0002, timeout_candles: 1 }\n";

    /// <summary>Limit entries and limit exits, both post-only, resting 0.02 % from the deciding close.</summary>
    public const string PostOnlyLimitOrders = "\nentry: { type: limit, offset: 0.0002, timeout_candles: 2, post_only: true }\nexit: { type: limit, offset: 0.0002, timeout_candles: 1, post_only: true }\n";

    /// <summary>Writes an instance YAML trading BTC/BUSD 1m on the simulator (as the rig's <c>exchange:</c> over HTTP).</summary>
    /// <param name="live">The <c>live:</c> section's value, e.g. <c>{ budget: 1000 }</c>; null for none.</param>
    /// <param name="orders">YAML appended after the rest, e.g. <see cref="LimitOrders"/>.</param>
    public string WriteConfig(string name, string mode, string entry = "fast > slow", string exit = "fast < slow", string risk = DefaultRisk, string? live = null,
        string paper = DefaultPaper, string orders = "")
    {
        var path = Path.Combine(Dir, name + ".yaml");
        File.WriteAllText(path, $$"""
            name: {{name}}
            exchange: {{Exchange}}
            symbol: {{Symbol}}
            timeframe: 1m
            mode: {{mode}}
            strategy:
              type: rules
              params:
                indicators:
                  fast: { kind: ema, period: 5 }
                  slow: { kind: ema, period: 13 }
                entry: "{{entry}}"
                exit: "{{exit}}"
            risk: {{risk}}
            paper: {{paper}}
            """ + (live is null ? "" : $"\nlive: {live}\n") + orders);
        return path;
    }

    public Dictionary<string, string> Environment(bool withKeys = false)
    {
        var env = new Dictionary<string, string>
        {
            ["DATABASE_URL"] = DatabaseUrl,
            ["LOG_DIR"] = Path.Combine(Dir, "logs"),
            [Variable("BASE_URL")] = Sim.BaseUrl.ToString().TrimEnd('/'),
        };
        if (_weightShare is { } share) env[Variable("WEIGHT_SHARE")] = share.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (withKeys)
        {
            var (key, secret) = ExchangeSimProcess.Credentials(Exchange);
            env[Variable("API_KEY")] = key;
            env[Variable("API_SECRET")] = secret;
        }
        return env;
    }

    private string Variable(string suffix) => $"{Exchange.ToUpperInvariant()}_{suffix}";

    public TraderProcess StartTrader(string configPath, bool withKeys = false) => TraderProcess.Start(Dir, Environment(withKeys), "--config", configPath);

    public Task<TradingDatabase> OpenDatabaseAsync() =>
        TradingDatabase.OpenAsync(DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, Logger.None, CancellationToken.None);

    /// <summary>The backend's own soundness check after the processes are done: SQLite's integrity_check must say ok.</summary>
    public static async Task AssertSoundAsync(TradingDatabase db)
    {
        if (db is SqliteDatabase sqlite) Assert.Equal("ok", await sqlite.CheckIntegrityAsync(CancellationToken.None));
    }

    /// <summary>Waits (polling the database) until <paramref name="instance"/> has stepped <paramref name="candles"/> candles.</summary>
    public async Task WaitForStepsAsync(TradingDatabase db, string instance, int candles, TimeSpan limit, Func<string> diagnostics)
    {
        using var timeout = new CancellationTokenSource(limit);
        while ((await db.Equity.ListAsync(instance, 0, long.MaxValue, CancellationToken.None)).Count < candles)
        {
            if (timeout.IsCancellationRequested) throw new TimeoutException($"{instance} did not step {candles} candles within {limit}: {diagnostics()}");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Sim.DisposeAsync();
        _backend.Dispose();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a just-killed process; the temp folder is cleaned by the OS.
        }
    }
}
