using Serilog;
using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Hosting.Logging;
using Trader.Database;
using Trader.Database.Copy;
using Trader.Exchange;
using Trader.Hosting.Cli;

namespace Trader.Backfiller;

/// <summary>
/// Runs one backfiller command with the shared environment (<c>.env</c> + variables), logger and database. The
/// backfiller takes a smaller default share of the exchange's weight limit than a trader, so traders on the same IP
/// keep most of it.
/// </summary>
/// <param name="plainProgress">Log lines instead of a live display (not a terminal, or a scheduled run).</param>
public sealed class BackfillerApp(bool plainProgress)
{
    /// <summary>Default fraction of an exchange's rate limit when its &lt;VENUE&gt;_WEIGHT_SHARE is not set (traders default to 0.5).</summary>
    public const double DefaultWeightShare = 0.25;

    private const string Instance = "backfiller";

    private readonly IReadOnlyDictionary<string, string> _variables =
        TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables());
    private readonly TimeProvider _clock = TimeProvider.System;

    /// <summary>Backfills the plan once, or forever with <see cref="BackfillPlan.Every"/>; returns the exit code.</summary>
    public async Task<int> BackfillAsync(BackfillPlan plan, CancellationToken ct)
    {
        var environment = TraderEnvironment.From(_variables);
        var settings = ExchangeSettings.FromEnvironment(name => _variables.GetValueOrDefault(name), DefaultWeightShare);
        using var log = LogBootstrap.Create(Instance, environment);
        using var http = new HttpClient();
        using var db = await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, _clock, log, ct);
        var exchanges = plan.Series.Select(s => s.Key.Exchange).Distinct()
            .ToDictionary(name => name, name => ExchangeFactory.Create(name, settings, http, _clock, log, db.RateLimits));

        async Task<IReadOnlyList<SeriesReport>> RunOnceAsync(IBackfillProgress progress)
        {
            var reports = new List<SeriesReport>();
            foreach (var group in plan.Series.GroupBy(s => s.Key.Exchange))
            {
                var backfill = new Backfill(exchanges[group.Key], db.Candles, log.ForContext<Backfill>());
                reports.AddRange(await backfill.RunAsync([.. group], progress, ct));
            }
            return reports;
        }

        if (plan.Every is not { } every)
        {
            log.Information("Backfilling {Count} series into {Database}", plan.Series.Count, db.Location);
            IReadOnlyList<SeriesReport> reports;
            try
            {
                reports = plainProgress
                    ? await RunOnceAsync(new LogProgress(log, _clock))
                    : await SpectreProgress.RunAsync(_clock, RunOnceAsync);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                Console.Error.WriteLine("backfiller: stopped before the exchange answered; nothing was written.");
                return ExitCodes.RuntimeFailure;
            }
            Console.Out.Write(SummaryTable.Render(reports));
            return reports.All(r => r.IsComplete) ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
        }

        var schedule = new Schedule(every);
        log.Information("Backfilling {Count} series every {Every}; stop with Ctrl+C or SIGTERM", plan.Series.Count, every.ToString());
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var reports = await RunOnceAsync(new LogProgress(log, _clock));
                log.Information("Top-up: {Complete}/{Count} series complete, {Added} candles added, {Gaps} gaps filled, {Rejected} rejected",
                    reports.Count(r => r.IsComplete), reports.Count, reports.Sum(r => r.Added), reports.Sum(r => r.GapsFilled), reports.Sum(r => r.Rejected.Count));
                await Task.Delay(schedule.DelayAfter(_clock.GetUtcNow()), _clock, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (TraderException e) when (e is not DatabaseCorruptException)
            {
                // One failed tick (exchange down past its retries) must not end the service; the next tick retries.
                // A damaged database stays damaged: that one ends it (exit 1 with the message).
                log.Error("Top-up failed: {Error}; retrying at the next tick", e.Message);
                try { await Task.Delay(schedule.DelayAfter(_clock.GetUtcNow()), _clock, ct); }
                catch (OperationCanceledException) { break; }
            }
        }
        log.Information("Stopped");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Imports a CSV into <paramref name="series"/> through the one reader (<see cref="CandleCsv"/>). A row is refused, with
    /// <c>file:line: reason</c>, when it is not a valid candle of the series, shares its open time with another row, or
    /// differs from the candle already stored at its open time (the stored one is kept). The counts printed are the
    /// rows written, the rows already stored as they are, and the refused lines. Exit 0 only when no line was refused.
    /// </summary>
    public async Task<int> ImportAsync(string csv, SeriesKey series, CancellationToken ct)
    {
        var content = CandleCsv.Read(csv);
        var environment = TraderEnvironment.From(_variables);
        using var log = LogBootstrap.Create(Instance, environment, Console.Error);
        using var db = await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, _clock, log, ct);
        var problems = new List<CandleCsvProblem>(content.Problems);
        var rows = content.Rows;
        var stored = rows.Count == 0
            ? new Dictionary<long, Candle>()
            : (await db.Candles.ReadRangeAsync(series, rows[0].Candle.OpenTimeMs, rows[^1].Candle.OpenTimeMs + 1, ct)).ToDictionary(c => c.OpenTimeMs);
        var fresh = new List<CandleCsvRow>(rows.Count);
        int unchanged = 0;
        foreach (var row in rows)
        {
            if (!stored.TryGetValue(row.Candle.OpenTimeMs, out var existing)) fresh.Add(row);
            else if (existing == row.Candle) unchanged++;
            else problems.Add(new CandleCsvProblem(row.Line, $"open time {TimeText.Iso(existing.OpenTimeMs)} differs from the stored candle ({Values(existing)}); the stored one is kept"));
        }
        var result = await db.Candles.UpsertAsync(series, fresh.Select(r => r.Candle).ToList(), ct);
        problems.AddRange(result.Rejected.Select(r => new CandleCsvProblem(fresh[r.Index].Line, r.Reason)));
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        Console.Out.WriteLine($"imported {result.Written} candles into {series} from {csv}; {unchanged} already stored unchanged; rejected {problems.Count} rows");
        foreach (var problem in problems) Console.Error.WriteLine(content.Describe(problem));
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
    }

    private static string Values(Candle c) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"open {c.Open:R}, high {c.High:R}, low {c.Low:R}, close {c.Close:R}, volume {c.Volume:R}");

    /// <summary>Writes the stored candles of <paramref name="series"/> with open time in [since, until) to a CSV.</summary>
    public async Task<int> ExportAsync(SeriesKey series, long sinceMs, long untilMs, string csv, CancellationToken ct)
    {
        var environment = TraderEnvironment.From(_variables);
        using var log = LogBootstrap.Create(Instance, environment, Console.Error);
        using var db = await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, _clock, log, ct);
        var candles = await db.Candles.ReadRangeAsync(series, sinceMs, untilMs, ct);
        await CandleCsv.WriteAsync(csv, candles, ct);
        Console.Out.WriteLine($"exported {candles.Count} candles of {series} to {csv}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Copies the database at <paramref name="fromUrl"/> into the empty one at <paramref name="toUrl"/> (either backend) and
    /// verifies it; prints each table's rows and checksum. Exit 0 only when every table matches.
    /// </summary>
    public async Task<int> CopyDatabaseAsync(string fromUrl, string toUrl, CancellationToken ct)
    {
        var from = DatabaseUrl.Parse(fromUrl);
        var to = DatabaseUrl.Parse(toUrl);
        if (from is SqliteDatabaseUrl file && !File.Exists(file.FilePath))
            throw new ConfigException($"db copy: --from {from} does not exist.");
        if (from == to) throw new ConfigException($"db copy: --from and --to are the same database ({from}).");
        var environment = TraderEnvironment.From(_variables);
        using var log = LogBootstrap.Create(Instance, environment, Console.Error);
        using var source = await TradingDatabase.OpenAsync(from, DatabaseOptions.Default, _clock, log, ct);
        using var target = await TradingDatabase.OpenAsync(to, DatabaseOptions.Default, _clock, log, ct);
        var reports = await DatabaseCopy.RunAsync(source, target, log, ct);
        foreach (var r in reports) Console.Out.WriteLine($"{r.Table,-17} {r.Rows,12} rows  sha256 {r.Checksum}");
        Console.Out.WriteLine($"copied {reports.Sum(r => r.Rows)} rows in {reports.Count} tables from {source.Location} to {target.Location}; row counts and checksums match");
        return ExitCodes.Ok;
    }
}
