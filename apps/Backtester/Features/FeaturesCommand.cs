using System.CommandLine;
using Trader.Backtester.Run;
using Trader.Domain;
using Trader.Hosting.Cli;

namespace Trader.Backtester.Features;

/// <summary>
/// <c>backtester features</c>: candles plus indicator columns as CSV for notebooks and ML work, or <c>--list</c>
/// to print the catalog. Bad names, parameters or sources exit with code 2 and say what to change.
/// </summary>
internal static class FeaturesCommand
{
    public static Command Create()
    {
        var csv = new Option<string?>("--csv") { Description = "Read candles from a CSV file (time,open,high,low,close,volume or date,open,...)." };
        var exchange = new Option<string?>("--exchange") { Description = "Read candles from the database: exchange, e.g. binance." };
        var symbol = new Option<string?>("--symbol") { Description = "Database source: symbol, e.g. BTC/USDT." };
        var timeframe = new Option<string?>("--timeframe") { Description = "Database source: timeframe, e.g. 1h." };
        var indicators = new Option<string[]>("--indicator")
        {
            Description = "NAME[:param=value,...], repeatable; e.g. --indicator rsi --indicator bb:period=20,std_dev=2.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Write the CSV here instead of standard output." };
        var list = new Option<bool>("--list") { Description = "Print the indicator catalog (names, parameters with defaults and ranges, fields)." };

        var command = new Command("features", "Write candles plus one column per indicator field as CSV.")
        {
            csv, exchange, symbol, timeframe, indicators, output, list,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(list))
            {
                CatalogListing.Write(Console.Out);
                return ExitCodes.Ok;
            }

            string? csvPath = parse.GetValue(csv);
            bool fromDatabase = parse.GetValue(exchange) is not null || parse.GetValue(symbol) is not null || parse.GetValue(timeframe) is not null;
            if (csvPath is not null && fromDatabase)
                throw new ConfigException("Give either --csv FILE or --exchange/--symbol/--timeframe, not both.");
            if (csvPath is null && !fromDatabase)
                throw new ConfigException("Give the candles: --csv FILE or --exchange X --symbol S --timeframe T (read from DATABASE_URL).");

            var specs = (parse.GetValue(indicators) ?? []).Select(IndicatorSpec.Parse).ToArray();
            FeatureColumns.Names(specs); // reject duplicates before reading any data
            var candles = csvPath is not null
                ? CandleCsv.Load(csvPath)
                : await BacktesterDatabase.ReadSeriesAsync(parse.GetValue(exchange), parse.GetValue(symbol), parse.GetValue(timeframe), Serilog.Core.Logger.None, ct);

            string? outPath = parse.GetValue(output);
            if (outPath is null)
            {
                FeatureWriter.Write(Console.Out, candles, specs);
                await Console.Out.FlushAsync(ct);
                return ExitCodes.Ok;
            }
            string temporary = outPath + ".tmp";
            try
            {
                await using (var writer = new StreamWriter(temporary))
                {
                    FeatureWriter.Write(writer, candles, specs);
                }
                // Replace in one step so an interrupted run never leaves a half-written file under the real name.
                File.Move(temporary, outPath, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigException($"--out {outPath}: cannot write the file ({e.Message}). Check that the folder exists and is writable.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
