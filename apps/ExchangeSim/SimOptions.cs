using System.Globalization;
using Trader.Domain;
using Trader.ExchangeSim.Dialects;
using Trader.Simulator;

namespace Trader.ExchangeSim;

/// <summary>Everything the simulator is started with, from the command line or the matching SIM_* variables.</summary>
public sealed record SimOptions(
    int Port,
    SimulatorSetup Setup,
    string ApiKey,
    string ApiSecret,
    int WeightLimit,
    TimeSpan WeightWindow,
    FaultSettings Faults,
    DialectInfo Dialect,
    string? Database = null,
    string DatabaseExchange = "binance")
{
    /// <summary>
    /// A client's tolerance for network delay (a recv window, the allowance for a clock ahead), given in real ms, as
    /// simulated ms: stretched by <c>--speed</c>, so a request that took 50 ms on an accelerated clock is judged as it
    /// would be at speed 1 and not as 50 × speed late.
    /// </summary>
    public long SimulatedMs(long realMs) => (long)(realMs * Math.Max(1, Setup.Speed));

    public static SimOptions Resolve(Func<string, string?> cli, Func<string, string?> env)
    {
        string? Get(string name) => cli(name) ?? env("SIM_" + name.ToUpperInvariant().Replace('-', '_'));

        var portText = Get("port") ?? throw new ConfigException("--port is required (0 picks a free port and prints it).");
        int port = int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535
            ? p : throw new ConfigException($"--port: '{portText}' is not a port number 0..65535.");

        var dialectName = Get("dialect") ?? "binance";
        var dialect = DialectCatalog.Find(dialectName)
            ?? throw new ConfigException($"--dialect: '{dialectName}' is not a dialect the simulator speaks; use one of: {string.Join(", ", DialectCatalog.All.Select(d => d.Name))}.");

        var symbols = (Get("symbols") ?? "BTC/USDT").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).ToList();
        foreach (var s in symbols)
        {
            try { Market.SplitSymbol(s); }
            catch (ArgumentException) { throw new ConfigException($"--symbols: '{s}' is not a symbol like BTC/USDT."); }
        }
        if (symbols.Count == 0) throw new ConfigException("--symbols: give at least one symbol, e.g. BTC/USDT,ETH/USDT.");

        var data = Get("data");
        var walk = Get("random-walk");
        var db = Get("db");
        if ((data is null ? 0 : 1) + (walk is null ? 0 : 1) + (db is null ? 0 : 1) > 1)
            throw new ConfigException("--data, --random-walk and --db exclude each other; pick one candle source.");
        var dbExchange = Get("exchange") ?? dialect.Name;
        if (Get("exchange") is not null && db is null) throw new ConfigException("--exchange names the stored series to serve; it needs --db.");
        if (data is not null && symbols.Count != 1) throw new ConfigException($"--data feeds one symbol; pass exactly one with --symbols (got {symbols.Count}).");
        int seed = walk is null ? 1 : int.TryParse(walk, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sd) ? sd : throw new ConfigException($"--random-walk: seed '{walk}' is not an integer.");
        var tfText = Get("timeframe") ?? "1m";
        if (!Timeframe.TryParse(tfText, out var timeframe) || timeframe.IsCalendar) throw new ConfigException($"--timeframe: '{tfText}' is not one of {Timeframe.AcceptedValues} (months excluded).");

        var history = DurationText.Parse(Get("history") ?? "30d", "--history");
        long? replayFrom = Get("replay-from") is { } rf ? TimeText.ParseInstantMs(rf, "--replay-from") : null;
        double speed = Number(Get("speed") ?? "1", "--speed");
        if (speed <= 0) throw new ConfigException($"--speed must be positive, got {speed}.");

        var key = Get("api-key") ?? "sim-api-key";
        var secret = Get("api-secret") ?? dialect.DefaultSecret;
        var balances = ParseBalances(Get("balances") ?? "USDT=10000");
        decimal fee = Money(Get("fee") ?? "0.001", "--fee");
        decimal slippage = Money(Get("slippage") ?? "0.0005", "--slippage");
        decimal? limitFillShare = Get("limit-fill-share") is { } shareText ? Money(shareText, "--limit-fill-share") : null;
        if (limitFillShare is <= 0m or > 1m) throw new ConfigException($"--limit-fill-share must be above 0 and at most 1 (0.25 = a quarter of the order per candle), got {limitFillShare}.");
        var feeAsset = Get("fee-asset")?.ToUpperInvariant();
        if (feeAsset is not null && dialect.Name != "binance")
            throw new ConfigException($"--fee-asset: paying fees in another asset is Binance's (BNB); the {dialect.Name} dialect charges the asset received.");
        if (feeAsset is not null && !symbols.Any(s => s.StartsWith(feeAsset + "/", StringComparison.Ordinal)))
            throw new ConfigException($"--fee-asset {feeAsset}: list a {feeAsset}/QUOTE market in --symbols (e.g. {feeAsset}/USDT), its price converts the fees.");
        int weightLimit = Get("weight-limit") is { } limitText ? (int)Number(limitText, "--weight-limit") : dialect.DefaultLimit;
        if (weightLimit < 1) throw new ConfigException("--weight-limit must be at least 1.");
        var window = Get("weight-window") is { } windowText ? DurationText.Parse(windowText, "--weight-window") : dialect.DefaultWindow;
        if (window < TimeSpan.FromMilliseconds(100)) throw new ConfigException("--weight-window must be at least 100ms.");

        var faults = new FaultSettings(
            (int)Number(Get("latency-ms") ?? "0", "--latency-ms"), Number(Get("fault-429") ?? "0", "--fault-429"),
            Number(Get("fault-5xx") ?? "0", "--fault-5xx"), Number(Get("fault-drop") ?? "0", "--fault-drop"),
            (int)Number(Get("retry-after") ?? "1", "--retry-after"), (int)Number(Get("fault-seed") ?? "1", "--fault-seed"),
            Number(Get("fault-bad-kline") ?? "0", "--fault-bad-kline"));
        try { faults.Validate(); }
        catch (ArgumentOutOfRangeException e) { throw new ConfigException($"fault options: {e.Message}"); }

        var setup = new SimulatorSetup(symbols, data, seed, timeframe, history, replayFrom, speed, new SimulatorSettings(balances, fee, slippage, FeeAsset: feeAsset, FeesInQuote: dialect.FeesInQuote, LimitFillShare: limitFillShare));
        return new SimOptions(port, setup, key, secret, weightLimit, window, faults, dialect, db, dbExchange);
    }

    private static double Number(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new ConfigException($"{option}: '{text}' is not a number.");

    private static decimal Money(string text, string option) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v : throw new ConfigException($"{option}: '{text}' is not a non-negative number.");

    private static Dictionary<string, decimal> ParseBalances(string text)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split('=');
            if (kv.Length != 2 || kv[0].Length == 0) throw new ConfigException($"--balances: '{pair}' is not ASSET=AMOUNT, e.g. USDT=10000,BTC=0.");
            result[kv[0].ToUpperInvariant()] = Money(kv[1], $"--balances {kv[0]}");
        }
        return result;
    }
}
