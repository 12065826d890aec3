using Trader.Hosting.Config;
using System.CommandLine;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>The command line: the backfill itself (root command), <c>import</c> and <c>export</c>.</summary>
public sealed class BackfillerCli
{
    private readonly Option<string?> _exchange = new("--exchange") { Description = $"exchange id: {string.Join(", ", ExchangeIds.All)} (<VENUE>_BASE_URL selects the endpoint, e.g. BYBIT_BASE_URL)" };
    // The singular spellings are accepted too: import, export, the backtester and exchangesim name one series that way.
    private readonly Option<string?> _symbols = new("--symbols", "--symbol") { Description = "symbols, comma-separated, e.g. BTC/USDT,ETH/USDT" };
    private readonly Option<string?> _timeframes = new("--timeframes", "--timeframe") { Description = "timeframes, comma-separated, e.g. 1h,15m (a venue lacking one builds it from a finer one: Bybit 8h from 4h, 3d from 1d; Coinbase 4h and 8h from 2h, 3m from 1m, 12h from 6h, 3d and 1w from 1d)" };
    private readonly Option<string?> _since = new("--since") { Description = "first candle wanted: ISO 8601 UTC (2024-01-01) or Unix ms" };
    private readonly Option<string?> _until = new("--until") { Description = "end (exclusive), default: the last closed candle" };
    private readonly Option<FileInfo?> _config = new("--config") { Description = "backfill YAML listing exchange, symbols, timeframes, since (see config/backfill.yaml)" };
    private readonly Option<DirectoryInfo?> _fromStrategies = new("--from-strategies") { Description = "folder of instance YAMLs: backfill exactly their series plus warm-up" };
    private readonly Option<string?> _every = new("--every") { Description = "keep running: top up every series each interval, e.g. 1h" };

    private readonly Option<FileInfo?> _csv = new("--csv") { Description = "CSV file time,open,high,low,close,volume" };
    private readonly Option<string?> _symbol = new("--symbol") { Description = "symbol, e.g. BTC/USDT" };
    private readonly Option<string?> _timeframe = new("--timeframe") { Description = "timeframe, e.g. 1h" };
    private readonly Option<FileInfo?> _out = new("--out") { Description = "CSV file to write" };
    private readonly Option<string?> _copyFrom = new("--from") { Description = "database to copy: a DATABASE_URL (sqlite:data/trading.db, postgres://user:password@host:5432/trading)" };
    private readonly Option<string?> _copyTo = new("--to") { Description = "empty database to copy into: a DATABASE_URL" };

    /// <summary>Builds the commands.</summary>
    public BackfillerCli()
    {
        Root = new RootCommand(
            "backfiller: downloads historical candles into the shared database (DATABASE_URL), once or on a schedule. " +
            "Resumes from the newest stored candle and fills gaps. Exit 0 only when every series is complete.");
        foreach (var o in new Option[] { _exchange, _symbols, _timeframes, _since, _until, _config, _fromStrategies, _every }) Root.Options.Add(o);
        Root.SetAction((parse, ct) => new BackfillerApp(Console.IsOutputRedirected)
            .BackfillAsync(Plan(parse), ct));

        var import = new Command("import", "Imports candles from a CSV file into the database; bad rows are reported with their line and reason.");
        foreach (var o in new Option[] { _csv, _exchange, _symbol, _timeframe }) import.Options.Add(o);
        import.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(_csv) ?? throw new ConfigException("import: --csv FILE is required.");
            return new BackfillerApp(true).ImportAsync(file.FullName, Series(parse), ct);
        });
        Root.Subcommands.Add(import);

        var export = new Command("export", "Exports stored candles of one series to a CSV file.");
        foreach (var o in new Option[] { _exchange, _symbol, _timeframe, _since, _until, _out }) export.Options.Add(o);
        export.SetAction((parse, ct) =>
        {
            var file = parse.GetValue(_out) ?? throw new ConfigException("export: --out FILE is required.");
            long since = parse.GetValue(_since) is { } s ? TimeText.ParseInstantMs(s, "--since") : long.MinValue;
            long until = parse.GetValue(_until) is { } u ? TimeText.ParseInstantMs(u, "--until") : long.MaxValue;
            return new BackfillerApp(true).ExportAsync(Series(parse), since, until, file.FullName, ct);
        });
        Root.Subcommands.Add(export);

        var copy = new Command("copy", "Copies every row of one database into an empty one (SQLite <-> PostgreSQL) and verifies row counts and checksums per table.");
        foreach (var o in new Option[] { _copyFrom, _copyTo }) copy.Options.Add(o);
        copy.SetAction((parse, ct) => new BackfillerApp(true).CopyDatabaseAsync(
            parse.GetValue(_copyFrom) ?? throw new ConfigException("db copy: --from DATABASE_URL is required."),
            parse.GetValue(_copyTo) ?? throw new ConfigException("db copy: --to DATABASE_URL is required."), ct));
        var db = new Command("db", "Database maintenance.");
        db.Subcommands.Add(copy);
        Root.Subcommands.Add(db);
    }

    /// <summary>The root command with its subcommands.</summary>
    public RootCommand Root { get; }

    private BackfillPlan Plan(ParseResult parse)
    {
        var config = parse.GetValue(_config);
        var strategies = parse.GetValue(_fromStrategies);
        bool explicitSeries = parse.GetValue(_exchange) is not null || parse.GetValue(_symbols) is not null || parse.GetValue(_timeframes) is not null;
        int sources = (config is null ? 0 : 1) + (strategies is null ? 0 : 1) + (explicitSeries ? 1 : 0);
        if (sources != 1)
            throw new ConfigException("Give exactly one of: --exchange/--symbols/--timeframes/--since, --config FILE, or --from-strategies DIR.");
        TimeSpan? every = parse.GetValue(_every) is { } e ? DurationText.Parse(e, "--every") : null;
        long? since = parse.GetValue(_since) is { } s ? TimeText.ParseInstantMs(s, "--since") : null;
        long? until = parse.GetValue(_until) is { } u ? TimeText.ParseInstantMs(u, "--until") : null;

        if (config is not null)
        {
            var plan = BackfillPlan.From(BackfillConfigLoader.Load(config.FullName));
            return plan with { Every = every ?? plan.Every };
        }
        if (strategies is not null) return new BackfillPlan(StrategySeries.Load(strategies.FullName, since, until), every);

        var exchange = SeriesValues.ParseExchange(parse.GetValue(_exchange) ?? throw new ConfigException("--exchange is required, e.g. --exchange binance."), "--exchange");
        var symbols = Split(parse.GetValue(_symbols), "--symbols", "BTC/USDT,ETH/USDT").Select(s => SeriesValues.ParseSymbol(s, "--symbols")).ToList();
        var timeframes = Split(parse.GetValue(_timeframes), "--timeframes", "1h,15m").Select(t => SeriesValues.ParseTimeframe(t, "--timeframes")).ToList();
        if (since is null) throw new ConfigException("--since is required, e.g. --since 2024-01-01.");
        if (until is not null && until <= since) throw new ConfigException("--until must be after --since.");
        return new BackfillPlan(BackfillPlan.Cross(exchange, symbols, timeframes, since.Value, until), every);
    }

    private Trader.Domain.SeriesKey Series(ParseResult parse) => new(
        SeriesValues.ParseExchange(parse.GetValue(_exchange) ?? throw new ConfigException("--exchange is required, e.g. --exchange binance."), "--exchange"),
        SeriesValues.ParseSymbol(parse.GetValue(_symbol) ?? throw new ConfigException("--symbol is required, e.g. --symbol BTC/USDT."), "--symbol"),
        SeriesValues.ParseTimeframe(parse.GetValue(_timeframe) ?? throw new ConfigException("--timeframe is required, e.g. --timeframe 1h."), "--timeframe"));

    private static List<string> Split(string? text, string option, string example)
    {
        var items = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return items.Count > 0 ? items : throw new ConfigException($"{option} is required, e.g. {option} {example}.");
    }
}
