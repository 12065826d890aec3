using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Serilog;
using Serilog.Events;
using Trader.Backtester.Sweep;
using Trader.Backtester.WalkForward;
using Trader.Backtester.Features;
using Trader.Backtester.Report;
using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Hosting.Logging;
using Trader.Database;
using Trader.Execution.Backtesting;
using Trader.Execution.Metrics;
using Trader.Execution.Research;
using Trader.Hosting.Cli;
using Trader.Execution;
using Trader.Simulator;

namespace Trader.Backtester.Run;

/// <summary>
/// <c>backtester --config FILE [--from DATE] [--to DATE] [--warmup N] [--csv FILE] [--json] [--report FILE] [--sweep name=v,...] [--walk-forward in=D,out=D]</c>:
/// replays stored (or CSV) candles through the trading engine and reports metrics. The strategy first sees the
/// startup candles before the range (<see cref="StartupCandles"/>, as the trader does), without trading. Standard output carries only
/// the result (table or JSON); progress and logs go to standard error.
/// </summary>
internal static class RunCommand
{
    /// <param name="root">Receives the options and the action.</param>
    /// <param name="timings">Started first thing in <c>Main</c>; the run marks its phases on it.</param>
    public static void Configure(RootCommand root, RunTimings timings)
    {
        var config = new Option<string?>("--config") { Description = "Strategy instance YAML, e.g. config/strategies/btc_binance_1h.yaml." };
        var from = new Option<string?>("--from") { Description = "First UTC day (or time) to replay, e.g. 2024-01-01. Default: the first candle." };
        var to = new Option<string?>("--to") { Description = "Last UTC day replayed (included), or an exclusive UTC time, e.g. 2024-12-31. Default: the last candle." };
        var csv = new Option<string?>("--csv") { Description = "Read candles from this CSV (time,open,high,low,close,volume) instead of the database." };
        var json = new Option<bool>("--json") { Description = "Print {\"metrics\", \"trades\", \"equity\"} as JSON instead of the table." };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report (charts and trades) to this file." };
        var sweep = new Option<string[]>("--sweep")
        {
            Description = "Parameter grid, repeatable: --sweep rsi_period=10,14,20 --sweep oversold=25,30 (rules: alias.param=...). Runs in parallel, prints a ranked table.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rankBy = new Option<string>("--rank-by") { Description = "Metric key that ranks a sweep (default total_return; drawdown and fees rank lowest first).", DefaultValueFactory = _ => "total_return" };
        var search = new Option<string>("--search")
        {
            Description = "How a sweep explores its grid: grid (every point), random:N (N points drawn from it) or halving[:ETA] (successive halving: all points on the first candles, the best 1/ETA on ETA times more, ...).",
            DefaultValueFactory = _ => "grid",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of random search and of the Monte Carlo (default 1).", DefaultValueFactory = _ => 1 };
        var maxDrawdown = new Option<double?>("--max-drawdown") { Description = "Sweep: runs whose max drawdown is deeper than this fraction (e.g. 0.25) rank after all others." };
        var monteCarlo = new Option<int?>("--monte-carlo") { Description = "Single run or walk-forward (its stitched trades): shuffle the trade order N times (e.g. 1000) and report the distribution of the drawdown." };
        var walkForward = new Option<string?>("--walk-forward")
        {
            Description = "With --sweep: walk-forward analysis, in=DURATION,out=DURATION[,anchored] (units m, h, d, w), e.g. in=90d,out=30d: the search picks the best point on each in-sample span, which then trades the next out-of-sample span; prints the windows and the metrics of the stitched out-of-sample equity.",
        };
        var allowGaps = new Option<bool>("--allow-gaps") { Description = "Run even when candles are missing in the range." };
        var noStore = new Option<bool>("--no-store") { Description = "Do not record the run in the database's backtest_runs table." };
        var warmup = new Option<int?>("--warmup")
        {
            Description = $"Startup candles before --from that the strategy sees without trading (0 = none). Default: as the trader, max({StartupCandles.Minimum}, 2 x the strategy's warm-up).",
        };
        var timingsOption = new Option<bool>("--timings")
        {
            Description = "Print on standard error where the run's time went (start-up, config, database, reading, replay, output, storing), its CPU time and peak memory.",
        };
        foreach (var option in new Option[] { config, from, to, csv, json, report, sweep, rankBy, search, seed, maxDrawdown, monteCarlo, walkForward, allowGaps, noStore, warmup, timingsOption })
            root.Options.Add(option);

        root.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(config) is not { } configPath)
            {
                throw new ConfigException("backtester: --config FILE is required, e.g. backtester --config config/strategies/btc_binance_1h.yaml --from 2024-01-01 --to 2024-12-31.");
            }
            if (parse.GetValue(warmup) is { } count and < 0)
            {
                throw new ConfigException($"--warmup {count}: the number of startup candles must be 0 or more (0 = no warm-up), e.g. --warmup 400; leave it out for the strategy's own count.");
            }
            if (parse.GetValue(maxDrawdown) is { } cap and (<= 0 or > 1 or double.NaN))
            {
                throw new ConfigException($"--max-drawdown {cap}: give the deepest drawdown to accept as a fraction above 0 and at most 1, e.g. 0.25 for 25 %.");
            }
            if (parse.GetValue(monteCarlo) is { } shuffles and (< 1 or > 1_000_000))
            {
                throw new ConfigException($"--monte-carlo {shuffles}: give the number of shuffles, 1 to 1000000, e.g. 1000.");
            }
            var walkForwardSpec = parse.GetValue(walkForward) is { } spans ? WalkForwardSpec.Parse(spans) : null;
            if (walkForwardSpec is not null && (parse.GetValue(sweep) ?? []).Length == 0)
            {
                throw new ConfigException($"--walk-forward {walkForwardSpec}: give the parameters to optimise in each window with --sweep, e.g. --sweep rsi_period=10,14,20.");
            }
            var options = new RunOptions(
                configPath,
                CandleRange.Parse(parse.GetValue(from), parse.GetValue(to)),
                parse.GetValue(csv),
                parse.GetValue(json),
                parse.GetValue(report),
                parse.GetValue(sweep) ?? [],
                new SweepOptions(SearchMethod.Parse(parse.GetValue(search) ?? "grid"), parse.GetValue(seed), parse.GetValue(rankBy) ?? "total_return", parse.GetValue(maxDrawdown)),
                parse.GetValue(monteCarlo),
                parse.GetValue(allowGaps),
                !parse.GetValue(noStore),
                parse.GetValue(warmup),
                walkForwardSpec);
            int exitCode = await RunAsync(options, timings, ct);
            if (parse.GetValue(timingsOption)) timings.Write(Console.Error);
            return exitCode;
        });
    }

    private static async Task<int> RunAsync(RunOptions options, RunTimings timings, CancellationToken ct)
    {
        // Read once: the run stores the very text it ran with. Its SHA-256 names it in backtest_runs; hashing loads the
        // crypto library (about 15 ms), so it runs on the idle core while the database opens.
        string configText = ConfigFile.ReadText(options.ConfigPath, "config file");
        var instance = ConfigLoader.Parse(configText, options.ConfigPath);
        var stored = new StoredConfig(configText, options.Store ? Task.Run(() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configText)))) : null);
        var axes = options.Sweeps.Select(SweepAxis.Parse).ToArray();
        var environment = BacktesterDatabase.Environment();
        using var appLog = LogBootstrap.Create("backtester", environment, Console.Error);
        // Every order of a replay is in the trade list and report; the log keeps warnings unless LOG_LEVEL asks for detail.
        ILogger engineLog = environment.LogLevel <= LogEventLevel.Debug
            ? appLog
            : new LoggerConfiguration().MinimumLevel.Warning().WriteTo.Logger(appLog).CreateLogger();

        foreach (var warning in ConfigWarnings.Of(instance)) appLog.Warning("{File}: {Warning}", options.ConfigPath, warning);
        var series = new SeriesKey(instance.Exchange, instance.Symbol, instance.Timeframe);
        timings.Mark("command line, config and log");
        TradingDatabase? database = null;
        try
        {
            CandleSource source;
            if (options.CsvPath is { } csvPath)
            {
                var all = CandleCsv.Load(csvPath);
                source = new CandleSource($"--csv {csvPath}", (range, _) => Task.FromResult(CandleCheck.InRange(all, range)),
                    fromMs => $"Export the candles from {(fromMs == long.MinValue ? "the start of the range" : TimeText.Iso(fromMs))} on to the CSV, or choose --from/--to inside it.",
                    _ => Task.FromResult<Candle?>(all.Length == 0 ? null : all[0]),
                    (_, _) => Task.FromResult<IReadOnlyList<OpenTimeRange>>([]));
            }
            else
            {
                var opened = database = await BacktesterDatabase.OpenAsync(environment, appLog, ct);
                timings.Mark("open database");
                // The warm-up, the market and the streamed run each ask where the series begins and ends: read once,
                // so they also agree should a backfill write meanwhile.
                Task<Candle?>? first = null;
                Task<long?>? lastOpenMs = null;
                source = new CandleSource($"database {opened.Location} ({series})",
                    async (range, token) =>
                    {
                        var read = await opened.Candles.ReadArrayAsync(series, Math.Max(0, range.FromMs), range.ToMs, token);
                        timings.Mark(string.Create(CultureInfo.InvariantCulture, $"read {read.Length:N0} candles"));
                        return read;
                    },
                    fromMs => BacktesterDatabase.BackfillHint(series, fromMs),
                    token => first ??= FirstCandleAsync(opened, series, token),
                    (range, token) => opened.Candles.FindHolesAsync(series, Math.Max(0, range.FromMs), range.ToMs, token),
                    new StreamedSource(
                        (range, token) => opened.Candles.StreamAsync(series, Math.Max(0, range.FromMs), range.ToMs, token),
                        token => lastOpenMs ??= opened.Candles.LatestOpenTimeAsync(series, token)));
            }
            int warmup = options.Warmup ?? StartupCandles.For(instance.Strategy);
            // A single run without a report replays the database's candles as they are read, never holding them all; a
            // report draws every candle, and sweeps and walk-forward share the array between runs.
            if (source.Stream is { } stream && axes.Length == 0 && options.WalkForward is null && options.ReportPath is null &&
                await ReplayLoader.PlanStreamAsync(source, stream, instance.Timeframe, options.Range, warmup, options.AllowGaps, appLog, ct) is { } plan)
            {
                await StreamedRunAsync(options, instance, stored, series, source, stream, plan.Warmup, plan.Traded, database!, appLog, engineLog, timings, ct);
                return ExitCodes.Ok;
            }
            var replay = await ReplayLoader.LoadAsync(source, instance.Timeframe, options.Range, warmup, options.AllowGaps, appLog, ct);
            var candles = replay.Range;
            // Candles as many as the open times from first to last have no holes: no need to walk them for the covered time.
            if (candles.Length != instance.Timeframe.CountOpenTimes(candles[0].OpenTimeMs, candles[^1].OpenTimeMs + 1))
                WarnAboutHoles(CoveredTime.Of(candles, instance.Timeframe), appLog);

            var market = await MarketOf(instance, source, candles[0], appLog, ct);
            timings.Mark("check gaps, warm-up and market");
            if (options.WalkForward is { } spec)
            {
                await WalkForwardRunner.RunAsync(instance, replay, warmup, market, axes, options.Sweep, spec, options.MonteCarlo, options.Json, options.ReportPath, appLog, engineLog, ct);
                return ExitCodes.Ok;
            }
            if (axes.Length > 0)
            {
                await SweepRunner.RunAsync(instance, replay, market, axes, options.Sweep, options.Json, options.ReportPath, appLog, engineLog, ct);
                return ExitCodes.Ok;
            }

            var setup = RunSetup.Create(instance, market, replay.Warmup, new Dictionary<string, double>(), engineLog);
            // The report draws the strategy's own indicator values, read after each decision (not during the warm-up).
            IndicatorRecorder? recorder = null;
            if (options.ReportPath is not null) setup = setup with { Observe = strategy => recorder = new IndicatorRecorder(strategy, candles.Length) };
            var result = await RunProgress.TrackAsync($"{instance.Name} {series}", candles.Length, !Console.IsErrorRedirected,
                progress => BacktestRunner.RunAsync(setup, candles, progress, ct));
            timings.Mark(string.Create(CultureInfo.InvariantCulture, $"replay {candles.Length:N0} candles"));
            var summary = Summarize(options, instance, series, result, candles[0].OpenTimeMs, candles[^1].OpenTimeMs, candles.Length);
            Write(options, result, summary, timings);

            if (options.ReportPath is { } reportPath)
            {
                string chart = ChartJson.Of(candles, instance.Timeframe, recorder!.Series, market.TickSize.Scale);
                string subtitle = string.Create(CultureInfo.InvariantCulture, $"{instance.Strategy.Type} on {series}, {candles.Length:N0} candles; fee {instance.Paper.Fee:P2}, slippage {instance.Paper.Slippage:P2}; tick {market.TickSize}, step {market.StepSize}. Times are UTC.");
                await ReportFile.WriteAsync(reportPath, HtmlReport.Render(summary.Title, subtitle, BacktestJson.Document(result, summary.Rows, summary.MonteCarlo), chart, summary.Rows,
                    summary.MonteCarlo is null ? null : MonteCarloSection.Render(summary.MonteCarlo)), ct);
                appLog.Information("Report written to {Report}", Path.GetFullPath(reportPath));
                timings.Mark("report");
            }
            if (options.Store)
            {
                database ??= await BacktesterDatabase.OpenAsync(environment, appLog, ct);
                await StoreAsync(instance, stored, series, summary, database, appLog, timings, ct);
            }
            return ExitCodes.Ok;
        }
        finally
        {
            database?.Dispose();
        }
    }

    private static async Task<Candle?> FirstCandleAsync(TradingDatabase database, SeriesKey series, CancellationToken ct) =>
        await database.Candles.EarliestOpenTimeAsync(series, ct) is { } firstMs
            ? (await database.Candles.ReadRangeAsync(series, firstMs, firstMs + 1, ct))[0]
            : null;

    // One run over the traded range as the database streams it, checked on the way; the warm-up was read whole.
    private static async Task StreamedRunAsync(RunOptions options, InstanceConfig instance, StoredConfig stored, SeriesKey series, CandleSource source, StreamedSource stream,
        Candle[] warmup, CandleRange traded, TradingDatabase database, ILogger appLog, ILogger engineLog, RunTimings timings, CancellationToken ct)
    {
        var checkedRange = new StreamedRange(instance.Timeframe, traded, source.Name, source.Fix(options.Range.FromMs));
        var first = await source.First(ct) ?? throw CandleCheck.NoCandles(instance.Timeframe, traded, source.Name, source.Fix(options.Range.FromMs));
        var market = await MarketOf(instance, source, first, appLog, ct);
        int expected = await ExpectedAsync(instance.Timeframe, traded, first, stream, ct);
        timings.Mark("warm-up and market");

        var setup = RunSetup.Create(instance, market, warmup, new Dictionary<string, double>(), engineLog);
        BacktestResult result;
        try
        {
            result = await RunProgress.TrackAsync($"{instance.Name} {series}", expected, !Console.IsErrorRedirected,
                progress => BacktestRunner.RunAsync(setup, checkedRange.CheckAsync(stream.Read(traded, ct), ct), expected, () => checkedRange.Covered, progress, ct));
        }
        catch (ArgumentException) when (checkedRange.Count == 0)
        {
            throw CandleCheck.NoCandles(instance.Timeframe, traded, source.Name, source.Fix(options.Range.FromMs));
        }
        long holes = checkedRange.RequireComplete(await source.Holes(traded, ct), options.AllowGaps);
        ReplayLoader.LogHoles(source, holes, appLog);
        if (checkedRange.Count != instance.Timeframe.CountOpenTimes(checkedRange.FirstOpenMs, checkedRange.LastOpenMs + 1)) WarnAboutHoles(checkedRange.Covered, appLog);
        timings.Mark(string.Create(CultureInfo.InvariantCulture, $"read and replay {checkedRange.Count:N0} candles"));

        var summary = Summarize(options, instance, series, result, checkedRange.FirstOpenMs, checkedRange.LastOpenMs, checkedRange.Count);
        Write(options, result, summary, timings);
        if (options.Store) await StoreAsync(instance, stored, series, summary, database, appLog, timings, ct);
    }

    // Candles the traded range can hold, from its first open to the source's last candle (the equity curve and the
    // progress bar are sized for them); a sparse or very long range is not allocated for in full.
    private static async Task<int> ExpectedAsync(Timeframe timeframe, CandleRange traded, Candle first, StreamedSource stream, CancellationToken ct)
    {
        if (await stream.LastOpenMs(ct) is not { } lastMs) return 0;
        long fromMs = Math.Max(traded.FromMs, first.OpenTimeMs);
        long toMs = Math.Min(traded.ToMs, timeframe.NextOpenMs(lastMs));
        return toMs <= fromMs ? 0 : (int)Math.Min(timeframe.CountOpenTimes(fromMs, toMs), 1 << 24);
    }

    /// <summary>What a run prints and stores: its metric rows, title and span, and the Monte Carlo when asked for.</summary>
    private sealed record RunSummary(IReadOnlyList<MetricRow> Rows, string Title, long StartMs, long EndMs, MonteCarloResult? MonteCarlo);

    private static RunSummary Summarize(RunOptions options, InstanceConfig instance, SeriesKey series, BacktestResult result, long firstOpenMs, long lastOpenMs, int candles)
    {
        long endMs = instance.Timeframe.CloseTimeMs(lastOpenMs);
        var rows = MetricRows.Of(result, firstOpenMs, endMs, candles);
        string title = $"{instance.Name}: {instance.Strategy.Type} on {series}, {TimeText.Iso(firstOpenMs)} to {TimeText.Iso(endMs)}";
        var monteCarlo = options.MonteCarlo is { } shuffles
            ? TradeOrderMonteCarlo.Run(instance.Paper.StartingBalance, result.Trades, shuffles, options.Sweep.Seed)
            : null;
        return new RunSummary(rows, title, firstOpenMs, endMs, monteCarlo);
    }

    // The result on standard output: the metrics table, or the JSON document streamed.
    private static void Write(RunOptions options, BacktestResult result, RunSummary summary, RunTimings timings)
    {
        if (options.Json)
        {
            // Streamed: the equity curve has a point per candle, and a document held whole in memory would be the
            // largest object of the run.
            using var stdout = Console.OpenStandardOutput();
            BacktestJson.Write(stdout, result, summary.Rows, summary.MonteCarlo);
            stdout.Write("\n"u8);
        }
        else
        {
            SummaryTable.Write(Console.Out, summary.Title, summary.Rows, !Console.IsOutputRedirected);
            if (summary.MonteCarlo is not null) MonteCarloTable.Write(Console.Out, summary.MonteCarlo);
        }
        timings.Mark("metrics and output");
    }

    /// <summary>The configuration file's text as the run read it, and its SHA-256 (hex) being computed when the run is stored.</summary>
    private sealed record StoredConfig(string Text, Task<string>? Sha256);

    // The run in backtest_runs, with its configuration file and the file's hash.
    private static async Task StoreAsync(InstanceConfig instance, StoredConfig config, SeriesKey series, RunSummary summary, TradingDatabase database, ILogger log,
        RunTimings timings, CancellationToken ct)
    {
        var stored = await database.BacktestRuns.AddAsync(new BacktestRun(
            0, instance.Name, await config.Sha256!, config.Text, series,
            summary.StartMs, summary.EndMs, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), BacktestJson.Metrics(summary.Rows)), ct);
        log.Information("Run stored as backtest_runs id {RunId} in {Database}", stored.Id, database.Location);
        timings.Mark("store the run");
    }

    // One market for the whole run: the file's `market:`, else derived from the source's first candle (not the range's),
    // so the same trade has the same size whatever --from is.
    private static async Task<Market> MarketOf(InstanceConfig instance, CandleSource source, Candle rangeStart, ILogger log, CancellationToken ct)
    {
        if (instance.Market is { } configured)
        {
            var market = configured.For(instance.Symbol);
            log.Information("Market rules: tick {Tick}, step {Step}, minimum amount {MinAmount}, minimum notional {MinNotional} (from the file's market:)",
                market.TickSize, market.StepSize, market.MinAmount, market.MinNotional);
            return market;
        }
        var reference = await source.First(ct) ?? rangeStart;
        var derived = SimMarkets.Create(instance.Symbol, reference.Open);
        log.Information("Market rules: tick {Tick}, step {Step}, minimum notional {MinNotional} (derived from the price of the first candle in {Source}, {Time}; set market: in the file to fix them)",
            derived.TickSize, derived.StepSize, derived.MinNotional, source.Name, TimeText.Iso(reference.OpenTimeMs));
        return derived;
    }

    // Annual figures and exposure use the covered time; say so when it is much less than the calendar span.
    private static void WarnAboutHoles(CoveredTime covered, ILogger log)
    {
        long spanMs = covered.EndMs - covered.StartMs;
        if (covered.MissingMs * 10 <= spanMs) return;
        log.Warning(
            "The candles cover {CoveredDays:0.#} of the {SpanDays:0.#} days from {Start} to {End} (candles missing in {Holes} places): CAGR, Calmar and exposure are over the covered time, and a day-to-day return spans each hole",
            covered.TotalMs / 86_400_000.0, spanMs / 86_400_000.0, TimeText.Iso(covered.StartMs), TimeText.Iso(covered.EndMs), covered.Stretches.Count - 1);
    }
}
