using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Backfiller.Tests;

/// <summary>
/// The backfiller as a real process against apps/ExchangeSim over loopback HTTP, writing a real SQLite file. One class,
/// so these process-heavy tests run one after another (with <see cref="ImportTests"/>, in one collection).
/// </summary>
[Collection(nameof(BackfillerProcess))]
public sealed class BackfillIntegrationTests
{
    private const string SimStart = "2024-03-01";
    private static readonly long Jan1 = DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
    private static readonly SeriesKey Btc1m = new("binance", "BTC/USDT", Timeframe.M1);
    private static readonly SeriesKey Btc1h = new("binance", "BTC/USDT", Timeframe.H1);

    private static Task<ExchangeSimProcess> SimAsync(params string[] extra) =>
        ExchangeSimProcess.StartAsync(["--random-walk", "5", "--history", "70d", "--replay-from", SimStart, .. extra]);

    private static string Iso(long ms) => TimeText.Iso(ms);

    private static long Minutes(long n) => n * 60_000;

    [Fact]
    public async Task Backfill_FreshLongRange_StoresEveryCandleOnceAndRerunAddsNothing()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync();
        long until = Jan1 + Minutes(72_000);
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m,1h", "--since", "2024-01-01", "--until", Iso(until));

        Assert.True(code == 0, run.Output);
        Assert.Equal((72_000, 0, 0, 0, 0), Summary(run.Stdout, Btc1m));
        Assert.Equal((1_200, 0, 0, 0, 0), Summary(run.Stdout, Btc1h));
        var stored = await scratch.CandlesAsync(Btc1m);
        Assert.Equal(72_000, stored.Count);
        Assert.Empty(await scratch.GapsAsync(Btc1m, Jan1, until));
        // The stored values are the exchange's, bit for bit.
        var served = await KlinesAsync(sim, "1m", Jan1 + Minutes(40_000), 1000);
        Assert.Equal(served, stored.Skip(40_000).Take(1000).ToList());

        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m,1h", "--since", "2024-01-01", "--until", Iso(until));
        Assert.True(again == 0, rerun.Output);
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, Btc1m));
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, Btc1h));
        Assert.Equal(stored, await scratch.CandlesAsync(Btc1m));
    }

    [Fact]
    public async Task Backfill_Bybit_StoresEveryCandleOnceIncludingEightHoursBuiltFromFourAndRerunAddsNothing()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync("--dialect", "bybit");
        var env = new Dictionary<string, string> { ["BYBIT_BASE_URL"] = sim.BaseUrl.ToString().TrimEnd('/') };
        long until = Jan1 + Minutes(30 * 24 * 60);
        string[] args = ["--exchange", "bybit", "--symbols", "BTC/USDT", "--timeframes", "1m,1h,8h", "--since", "2024-01-01", "--until", Iso(until)];
        var (b1m, b1h, b8h) = (Btc1m with { Exchange = "bybit" }, Btc1h with { Exchange = "bybit" }, new SeriesKey("bybit", "BTC/USDT", Timeframe.H8));

        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, env, args);

        Assert.True(code == 0, run.Output);
        Assert.Equal((30 * 24 * 60, 0, 0, 0, 0), Summary(run.Stdout, b1m));
        Assert.Equal((30 * 24, 0, 0, 0, 0), Summary(run.Stdout, b1h));
        Assert.Equal((30 * 3, 0, 0, 0, 0), Summary(run.Stdout, b8h));
        Assert.Empty(await scratch.GapsAsync(b1m, Jan1, until));
        // Bybit has no 8h: the adapter builds it from Bybit's 4h candles, which aggregate the same hours.
        var fromHours = CandleResampler.Resample(await scratch.CandlesAsync(b1h), Timeframe.H1, Timeframe.H8);
        var eight = await scratch.CandlesAsync(b8h);
        Assert.Equal(fromHours.Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)), eight.Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)));
        // Volumes are summed in another order and travel as decimal text: equal to the last digits only.
        Assert.All(fromHours.Zip(eight), p => Assert.Equal(p.First.Volume, p.Second.Volume, p.First.Volume * 1e-12));

        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, env, args);
        Assert.True(again == 0, rerun.Output);
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, b1m));
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, b8h));
    }

    [Fact]
    public async Task Backfill_Coinbase_BuildsFourHoursFromTwoAndRecordsMinutesWithoutTradesAsHoles()
    {
        using var scratch = new Scratch();
        string pem;
        using (var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256)) pem = key.ExportECPrivateKeyPem();
        const string keyName = "organizations/o/apiKeys/backfill";
        string[] simKey = ["--dialect", "coinbase", "--api-key", keyName, "--api-secret", pem, "--symbols", "BTC/USD"];
        long until = Jan1 + Minutes(10 * 24 * 60);
        string[] args = ["--exchange", "coinbase", "--symbols", "BTC/USD", "--timeframes", "1m,2h,4h", "--since", "2024-01-01", "--until", Iso(until)];
        var (c1m, c2h, c4h) = (new SeriesKey("coinbase", "BTC/USD", Timeframe.M1), new SeriesKey("coinbase", "BTC/USD", Timeframe.H2), new SeriesKey("coinbase", "BTC/USD", Timeframe.H4));
        await using (var sim = await SimAsync(simKey))
        {
            var env = new Dictionary<string, string> { ["COINBASE_BASE_URL"] = sim.BaseUrl.ToString().TrimEnd('/') };
            var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, env, args);

            Assert.True(code == 0, run.Output);
            Assert.Equal((10 * 24 * 60, 0, 0, 0, 0), Summary(run.Stdout, c1m));
            Assert.Equal((10 * 6, 0, 0, 0, 0), Summary(run.Stdout, c4h));
            // Coinbase has no 4h: the adapter builds it from Coinbase's 2h candles.
            var fromTwo = CandleResampler.Resample(await scratch.CandlesAsync(c2h), Timeframe.H2, Timeframe.H4);
            Assert.Equal(fromTwo.Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)), (await scratch.CandlesAsync(c4h)).Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)));
        }

        // Minutes nobody traded in have no candle on Coinbase: the simulator serves the stored minutes with 33 cut out.
        int cut;
        using (await Scratch.OpenAsync(scratch.Db))
        using (var connection = new SqliteConnection($"Data Source={scratch.Db}"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM candles WHERE series_id = (SELECT id FROM series WHERE exchange = 'coinbase' AND symbol = 'BTC/USD' AND timeframe = '1m') AND ((open_time >= $a AND open_time < $b) OR (open_time >= $c AND open_time < $d))";
            delete.Parameters.AddWithValue("$a", Jan1 + Minutes(1_000));
            delete.Parameters.AddWithValue("$b", Jan1 + Minutes(1_030));
            delete.Parameters.AddWithValue("$c", Jan1 + Minutes(5_000));
            delete.Parameters.AddWithValue("$d", Jan1 + Minutes(5_003));
            cut = delete.ExecuteNonQuery();
        }
        Assert.Equal(33, cut);
        await using var holey = await ExchangeSimProcess.StartAsync([.. simKey, "--db", scratch.Db, "--timeframe", "1m"]);
        var holeyEnv = new Dictionary<string, string> { ["COINBASE_BASE_URL"] = holey.BaseUrl.ToString().TrimEnd('/') };
        string copy = scratch.File("copy.db");

        var (first, fetch) = await BackfillerProcess.RunAsync(scratch.Dir, copy, null, holeyEnv, args);
        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, copy, null, holeyEnv, args);

        Assert.True(first == 0, fetch.Output);
        Assert.Equal((10 * 24 * 60 - 33, 0, 0, 33, 0), Summary(fetch.Stdout, c1m));
        // The hours around the holes still have trades, so every 4h candle is there.
        Assert.Equal((10 * 6, 0, 0, 0, 0), Summary(fetch.Stdout, c4h));
        Assert.True(again == 0, rerun.Output);
        Assert.Equal((0, 0, 0, 33, 0), Summary(rerun.Stdout, c1m));
        using var db = await Scratch.OpenAsync(copy);
        Assert.Equal([new OpenTimeRange(Jan1 + Minutes(1_000), Jan1 + Minutes(1_030)), new OpenTimeRange(Jan1 + Minutes(5_000), Jan1 + Minutes(5_003))],
            await db.Candles.FindHolesAsync(c1m, Jan1, until, CancellationToken.None));
    }

    [Fact]
    public async Task Backfill_Kraken_OlderThanOhlcKeeps_BuildsCandlesFromTradesMatchingTheVenueAndRerunAddsNothing()
    {
        // The simulated clock stands at 2024-03-01: two days from 2024-02-27 are older than the 720 minutes and the
        // 720 hours OHLC keeps, so every candle is built from the public trades.
        using var scratch = new Scratch();
        await using var sim = await SimAsync("--dialect", "kraken", "--symbols", "BTC/USD", "--weight-limit", "100000");
        var env = new Dictionary<string, string> { ["KRAKEN_BASE_URL"] = sim.BaseUrl.ToString().TrimEnd('/'), ["KRAKEN_WEIGHT_SHARE"] = "1" };
        long since = DateTimeOffset.Parse("2024-02-27T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), until = since + Minutes(2 * 24 * 60);
        string[] args = ["--exchange", "kraken", "--symbols", "BTC/USD", "--timeframes", "1m,1h", "--since", Iso(since), "--until", Iso(until)];
        var (k1m, k1h) = (new SeriesKey("kraken", "BTC/USD", Timeframe.M1), new SeriesKey("kraken", "BTC/USD", Timeframe.H1));

        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, env, args);

        Assert.True(code == 0, run.Output);
        Assert.Equal((2 * 24 * 60, 0, 0, 0, 0), Summary(run.Stdout, k1m));
        Assert.Equal((2 * 24, 0, 0, 0, 0), Summary(run.Stdout, k1h));
        Assert.Empty(await scratch.GapsAsync(k1m, since, until));
        // Minutes and hours come from the same tape: the hours are the minutes aggregated.
        var fromMinutes = CandleResampler.Resample(await scratch.CandlesAsync(k1m), Timeframe.M1, Timeframe.H1);
        var hours = await scratch.CandlesAsync(k1h);
        Assert.Equal(fromMinutes.Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)), hours.Select(c => (c.OpenTimeMs, c.Open, c.High, c.Low, c.Close)));

        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, env, args);
        Assert.True(again == 0, rerun.Output);
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, k1m));
        Assert.Equal((0, 0, 0, 0, 0), Summary(rerun.Stdout, k1h));
    }

    [Fact]
    public async Task Backfill_NoUntil_StopsAtLastCandleClosedByExchangeTime()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync();
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m", "--since", "2024-02-29T20:00:00Z");
        Assert.True(code == 0, run.Output);
        var stored = await scratch.CandlesAsync(Btc1m);
        long serverNow = (await new HttpClient().GetFromJsonAsync<JsonElement>(new Uri(sim.BaseUrl, "/api/v3/time"))).GetProperty("serverTime").GetInt64();
        // The simulated clock started at 2024-03-01 00:00, so the history before it is all there and nothing still open is.
        Assert.True(stored[^1].OpenTimeMs + 60_000 <= serverNow);
        Assert.True(stored.Count >= 240, $"{stored.Count} candles");
    }

    [Fact]
    public async Task Backfill_KilledMidway_ResumesWithoutGapOrDuplicate()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync("--latency-ms", "40");
        long until = Jan1 + Minutes(60_000);
        string[] args = ["--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m", "--since", "2024-01-01", "--until", Iso(until)];
        var first = BackfillerProcess.Start(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
        int atKill = 0;
        for (int i = 0; i < 600 && atKill == 0; i++)
        {
            await Task.Delay(100);
            if (File.Exists(scratch.Db)) atKill = (await scratch.CandlesAsync(Btc1m)).Count;
        }
        first.Kill();
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        atKill = (await scratch.CandlesAsync(Btc1m)).Count;
        Assert.InRange(atKill, 1, 59_999);

        var (code, resume) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
        Assert.True(code == 0, resume.Output);
        Assert.Equal((60_000 - atKill, 0, 0, 0, 0), Summary(resume.Stdout, Btc1m));
        var stored = await scratch.CandlesAsync(Btc1m);
        Assert.Equal(60_000, stored.Count);
        Assert.Equal(60_000, stored.Select(c => c.OpenTimeMs).Distinct().Count());
        Assert.Empty(await scratch.GapsAsync(Btc1m, Jan1, until));
    }

    [Fact]
    public async Task Backfill_SigtermMidRun_FinishesTheBatchPrintsSummaryAndExitsOne()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync("--latency-ms", "40");
        var run = BackfillerProcess.Start(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m", "--since", "2024-01-01", "--until", Iso(Jan1 + Minutes(60_000)));
        for (int i = 0; i < 600 && !File.Exists(scratch.Db); i++) await Task.Delay(100);
        for (int i = 0; i < 600 && (await scratch.CandlesAsync(Btc1m)).Count == 0; i++) await Task.Delay(100);
        run.Terminate();

        Assert.Equal(1, await run.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("INCOMPLETE: stopped by a signal", run.Stdout);
        int stored = (await scratch.CandlesAsync(Btc1m)).Count;
        // Whole 20,000-candle batches only: the write under way when the signal came was finished, nothing after it started.
        Assert.Equal(0, stored % Backfill.DefaultBatchSize);
        Assert.InRange(stored, Backfill.DefaultBatchSize, 40_000);
        Assert.Equal(stored, Summary(run.Stdout, Btc1m, complete: false).Added);
    }

    [Fact]
    public async Task Backfill_FromStrategies_FetchesTheSeriesWithItsWarmup()
    {
        using var scratch = new Scratch();
        var strategies = Directory.CreateDirectory(scratch.File("strategies")).FullName;
        File.WriteAllText(Path.Combine(strategies, "btc.yaml"),
            "exchange: binance\nsymbol: BTC/USDT\ntimeframe: 1h\nstrategy:\n  type: rsi\n  params: { period: 14 }\nrisk:\n  stake: { fraction: 0.1 }\n");
        await using var sim = await SimAsync();
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--from-strategies", strategies, "--since", "2024-02-01", "--until", "2024-02-10");

        Assert.True(code == 0, run.Output);
        var request = Assert.Single(StrategySeries.Load(strategies, null, null));
        long since = TimeText.ParseInstantMs("2024-02-01", "since");
        var stored = await scratch.CandlesAsync(Btc1h);
        Assert.Equal(since - request.WarmupCandles * 3_600_000L, stored[0].OpenTimeMs);
        Assert.Equal(9 * 24 + request.WarmupCandles, stored.Count);
    }

    [Fact]
    public async Task Backfill_GapsPunchedIntoDatabase_AreRefilledWithTheSameCandles()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync();
        string[] args = ["--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-01-01", "--until", "2024-02-20"];
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
        Assert.True(code == 0, run.Output);
        var original = await scratch.CandlesAsync(Btc1h);

        Assert.Equal(27, await PunchHolesAsync(scratch.Db));

        var (again, refill) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
        Assert.True(again == 0, refill.Output);
        Assert.Equal((27, 2, 0, 0, 0), Summary(refill.Stdout, Btc1h));
        Assert.Equal(original, await scratch.CandlesAsync(Btc1h));
    }

    [Fact]
    public async Task Backfill_ExchangeWithHoles_RecordsThemExitsZeroAndNeverAsksAgain()
    {
        using var scratch = new Scratch();
        string[] args = ["--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-01-01", "--until", "2024-02-20"];
        await using (var sim = await SimAsync())
        {
            var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
            Assert.True(code == 0, run.Output);
        }
        // An exchange without candles for hours nobody traded in: the simulator serves this database with two runs cut out.
        Assert.Equal(27, await PunchHolesAsync(scratch.Db));
        long hour = 3_600_000;
        await using var holey = await ExchangeSimProcess.StartAsync("--db", scratch.Db, "--exchange", "binance", "--timeframe", "1h");
        string copy = scratch.File("copy.db");

        var (first, fetch) = await BackfillerProcess.RunAsync(scratch.Dir, copy, holey.BaseUrl, null, args);
        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, copy, holey.BaseUrl, null, args);

        Assert.True(first == 0, fetch.Output);
        Assert.Equal((1_200 - 27, 0, 0, 27, 0), Summary(fetch.Stdout, Btc1h));
        Assert.True(again == 0, rerun.Output);
        Assert.Equal((0, 0, 0, 27, 0), Summary(rerun.Stdout, Btc1h));
        using var db = await Scratch.OpenAsync(copy);
        Assert.Equal([new OpenTimeRange(Jan1 + 216 * hour, Jan1 + 240 * hour), new OpenTimeRange(Jan1 + 749 * hour, Jan1 + 752 * hour)],
            await db.Candles.FindHolesAsync(Btc1h, Jan1, Jan1 + 1_200 * hour, CancellationToken.None));
    }

    [Fact]
    public async Task Backfill_429StormUnderTightBudget_CompletesWithoutExceedingWeight()
    {
        using var scratch = new Scratch();
        // Budget: 6000 × 0.015 = 90 weight per minute, and the simulator refuses anything past 90 too.
        await using var sim = await SimAsync("--weight-limit", "90", "--fault-429", "0.3", "--retry-after", "0");
        long until = Jan1 + Minutes(40_000);
        var env = new Dictionary<string, string> { ["BINANCE_WEIGHT_SHARE"] = "0.015" };
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, env,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m", "--since", "2024-01-01", "--until", Iso(until));

        Assert.True(code == 0, run.Output);
        Assert.Equal((40_000, 0, 0, 0, 0), Summary(run.Stdout, Btc1m));
        var stats = await sim.StatsAsync();
        Assert.True(stats.GetProperty("injected429").GetInt64() > 0);
        Assert.Equal(0, stats.GetProperty("rejectedByWeight").GetInt64());
        Assert.InRange(stats.GetProperty("maxUsedWeight").GetInt32(), 1, 90);
        Assert.Empty(await scratch.GapsAsync(Btc1m, Jan1, until));
    }

    [Fact]
    public async Task Backfill_ExchangeSendsBadCandles_RejectsAndReportsThemAndExitsOne()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync("--fault-bad-kline", "0.01");
        long until = Jan1 + Minutes(5_000);
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1m", "--since", "2024-01-01", "--until", Iso(until));

        Assert.Equal(1, code);
        long bad = (await sim.StatsAsync()).GetProperty("injectedBadKlines").GetInt64();
        Assert.InRange(bad, 10, 120);
        Assert.Equal((5_000 - bad, 0, bad, 0, bad), Summary(run.Stdout, Btc1m, complete: false));
        Assert.Matches(@"rejected binance BTC/USDT 1m 2024-01-\d\dT\d\d:\d\d:00Z: .*(low|high)", run.Stdout);
        Assert.Equal(5_000 - bad, (await scratch.CandlesAsync(Btc1m)).Count);
    }

    [Fact]
    public async Task ExchangeSim_ServingTheDatabase_GivesBackTheStoredCandles()
    {
        using var scratch = new Scratch();
        string[] args = ["--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-01-01", "--until", "2024-02-20"];
        await using (var sim = await SimAsync())
        {
            var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
            Assert.True(code == 0, run.Output);
        }
        var original = await scratch.CandlesAsync(Btc1h);

        await using var fromDb = await ExchangeSimProcess.StartAsync("--db", scratch.Db, "--exchange", "binance", "--timeframe", "1h");
        string copy = scratch.File("copy.db");
        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, copy, fromDb.BaseUrl, null, args);
        Assert.True(again == 0, rerun.Output);
        Assert.Equal(original, await scratch.CandlesAsync(Btc1h, copy));
    }

    [Fact]
    public async Task Backfill_Every_TopsUpThenExitsZeroOnSigterm()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync();
        var run = BackfillerProcess.Start(scratch.Dir, scratch.Db, sim.BaseUrl, null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-02-01", "--every", "1h");
        for (int i = 0; i < 600 && !run.Stdout.Contains("Top-up:", StringComparison.Ordinal); i++) await Task.Delay(100);
        Assert.Contains("Top-up: 1/1 series complete", run.Stdout);
        run.Terminate();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Stopped", run.Stdout);
        Assert.Equal(29 * 24, (await scratch.CandlesAsync(Btc1h)).Count);
    }

    [Fact]
    public async Task Backfill_Every_DatabasePageDamaged_ExitsOneAtOnceSayingSo()
    {
        using var scratch = new Scratch();
        await using var sim = await SimAsync();
        string[] args = ["--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-02-01"];
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, args);
        Assert.True(code == 0, run.Output);
        SqliteConnection.ClearAllPools();
        SqliteDamage.OverwriteRootPage(scratch.Db, "candles");

        // Before corruption was told from other failures, the service logged it and waited for the next tick, forever.
        var (again, rerun) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, sim.BaseUrl, null, [.. args, "--every", "1h"]);
        Assert.True(again == 1, rerun.Output);
        Assert.Contains($"error: The file {scratch.Db} is not a SQLite database or is corrupt", rerun.Stderr);
        Assert.DoesNotContain("retrying at the next tick", rerun.Output);
    }

    [Fact]
    public async Task Backfill_ExchangeUnreachable_ExitsOneWithReason()
    {
        using var scratch = new Scratch();
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, new Uri("http://127.0.0.1:1"), null,
            "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-01-01");
        Assert.Equal(1, code);
        Assert.Contains("error:", run.Stderr);
    }

    [Theory]
    [InlineData("--symbols", "BTC/USDT")]
    [InlineData("--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "7h", "--since", "2024-01-01")]
    [InlineData("--exchange", "binance", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "yesterday")]
    [InlineData("--exchange", "kucoin", "--symbols", "BTC/USDT", "--timeframes", "1h", "--since", "2024-01-01")]
    public async Task Backfill_BadUsage_ExitsTwo(params string[] args)
    {
        using var scratch = new Scratch();
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, args);
        Assert.True(code == 2, run.Output);
        Assert.NotEmpty(run.Stderr.Trim());
    }

    [Fact]
    public async Task Backfill_ConfigWithUnknownKey_ExitsTwoNamingFileLineAndKey()
    {
        using var scratch = new Scratch();
        var config = scratch.File("backfill.yaml");
        File.WriteAllText(config, "exchange: binance\nsymbols: [BTC/USDT]\ntimeframe: [1h]\nsince: 2024-01-01\n");
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, "--config", config);
        Assert.Equal(2, code);
        Assert.Contains($"{config}:3:1: unknown key 'timeframe'", run.Stderr);
        Assert.Contains($"{config}:1:1: missing required key 'timeframes'", run.Stderr);
    }

    [Theory]
    [InlineData("import", "btc;rm")]
    [InlineData("import", "btc/usdt")]
    [InlineData("export", "BTC/USDT;rm")]
    public async Task ImportExport_SymbolTheTraderRefuses_ExitsTwoNamingIt(string command, string symbol)
    {
        using var scratch = new Scratch();
        string csv = scratch.File("in.csv");
        File.WriteAllText(csv, "time,open,high,low,close,volume\n");
        string[] args = command == "import"
            ? ["import", "--csv", csv, "--exchange", "binance", "--symbol", symbol, "--timeframe", "1h"]
            : ["export", "--out", scratch.File("out.csv"), "--exchange", "binance", "--symbol", symbol, "--timeframe", "1h"];
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, args);
        Assert.True(code == 2, run.Output);
        Assert.Contains($"'--symbol' must be BASE/QUOTE in capitals, e.g. BTC/USDT, got '{symbol}'", run.Stderr);
    }

    // The same words as the trader's config check (`'symbol' must be ...`), from the file and from the options.
    [Theory]
    [InlineData("--config")]
    [InlineData("--symbols")]
    public async Task Backfill_SymbolTheTraderRefuses_ExitsTwoWithTheTradersMessage(string source)
    {
        using var scratch = new Scratch();
        string config = scratch.File("backfill.yaml");
        File.WriteAllText(config, "exchange: binance\nsymbols: [BTC/USDT, btc;rm]\ntimeframes: [1h]\nsince: 2024-01-01\n");
        string[] args = source == "--config"
            ? ["--config", config]
            : ["--exchange", "binance", "--symbols", "BTC/USDT,btc;rm", "--timeframes", "1h", "--since", "2024-01-01"];
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, args);
        Assert.True(code == 2, run.Output);
        Assert.Contains(source == "--config" ? $"{config}:2:21: 'symbols' must be BASE/QUOTE in capitals, e.g. BTC/USDT, got 'btc;rm'"
            : "'--symbols' must be BASE/QUOTE in capitals, e.g. BTC/USDT, got 'btc;rm'", run.Stderr);
    }

    [Fact]
    public async Task Backfill_DirectoryAsConfig_ExitsTwoSayingItIsADirectory()
    {
        using var scratch = new Scratch();
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, "--config", scratch.Dir);
        Assert.True(code == 2, run.Output);
        Assert.Contains("is a directory, not a backfill config", run.Stderr);
    }

    [Fact]
    public async Task Backfill_ConfigWithYamlSyntaxError_ExitsTwoWithFileLineColumn()
    {
        using var scratch = new Scratch();
        var config = scratch.File("backfill.yaml");
        File.WriteAllText(config, "exchange: binance\nsymbols: [BTC/USDT\ntimeframes: [1h]\nsince: 2024-01-01\n");
        var (code, run) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null, "--config", config);
        Assert.True(code == 2, run.Output);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(config)}:\d+:\d+: YAML syntax error: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task ImportExport_RealCandlesWithBadRows_ReportsEachBadLineAndRoundTrips()
    {
        using var scratch = new Scratch();
        var lines = File.ReadAllLines(Repo.Shared("data", "binance_BTCUSDT_1h.csv")).ToList();
        Assert.Equal(121, lines.Count);
        var input = new List<string>(lines);
        input.Insert(11, "2018-05-01T10:30:00Z,1,2,0.5,1.5,10");             // line 12: not on the hour
        input.Insert(21, "2018-06-01T00:00:00Z,9000,8000,8500,8600,1");      // line 22: high below low
        input.Insert(31, "2018-06-02T00:00:00Z,abc,1,1,1,1");                // line 32: not a number
        input.Insert(41, "2018-06-03T00:00:00Z,1,1,1");                      // line 42: too few columns
        var csv = scratch.File("in.csv");
        File.WriteAllLines(csv, input);

        var (code, import) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null,
            "import", "--csv", csv, "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h");
        Assert.Equal(1, code);
        Assert.Contains("imported 120 candles into binance BTC/USDT 1h from " + csv + "; 0 already stored unchanged; rejected 4 rows", import.Stdout);
        foreach (int line in new[] { 12, 22, 32, 42 }) Assert.Contains($"{csv}:{line}: ", import.Stderr);

        var exported = scratch.File("out.csv");
        var (exportCode, export) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.Db, null, null,
            "export", "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h", "--out", exported);
        Assert.True(exportCode == 0, export.Output);
        var roundTrip = CandleCsv.Read(exported);
        Assert.Empty(roundTrip.Problems);
        Assert.Equal(CandleCsv.Load(Repo.Shared("data", "binance_BTCUSDT_1h.csv")), roundTrip.Candles);

        var (again, reimport) = await BackfillerProcess.RunAsync(scratch.Dir, scratch.File("second.db"), null, null,
            "import", "--csv", exported, "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h");
        Assert.True(again == 0, reimport.Output);
        Assert.Contains("imported 120 candles", reimport.Stdout);
    }

    // Deletes the hourly candles 216..239 and 749..751 after Jan 1 (27 rows) behind the stores' back; returns the count.
    private static async Task<int> PunchHolesAsync(string db)
    {
        const long hour = 3_600_000;
        using (await Scratch.OpenAsync(db))
        using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM candles WHERE (open_time >= $a AND open_time < $b) OR (open_time >= $c AND open_time < $d)";
            delete.Parameters.AddWithValue("$a", Jan1 + 216 * hour);
            delete.Parameters.AddWithValue("$b", Jan1 + 240 * hour);
            delete.Parameters.AddWithValue("$c", Jan1 + 749 * hour);
            delete.Parameters.AddWithValue("$d", Jan1 + 752 * hour);
            return delete.ExecuteNonQuery();
        }
    }

    private static (long Added, long Gaps, long Rejected, long Holes, long Missing) Summary(string stdout, SeriesKey key, bool complete = true)
    {
        var match = Regex.Match(stdout, $@"^{Regex.Escape(key.ToString())}\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(complete|INCOMPLETE)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no summary row for {key} in:{Environment.NewLine}{stdout}");
        Assert.Equal(complete ? "complete" : "INCOMPLETE", match.Groups[6].Value);
        long N(int i) => long.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (N(1), N(2), N(3), N(4), N(5));
    }

    private static async Task<List<Candle>> KlinesAsync(ExchangeSimProcess sim, string interval, long startMs, int limit)
    {
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var rows = await http.GetFromJsonAsync<JsonElement[]>($"/api/v3/klines?symbol=BTCUSDT&interval={interval}&startTime={startMs}&limit={limit}");
        double D(JsonElement e) => double.Parse(e.GetString()!, CultureInfo.InvariantCulture);
        return [.. rows!.Select(r => new Candle(r[0].GetInt64(), D(r[1]), D(r[2]), D(r[3]), D(r[4]), D(r[5])))];
    }
}
