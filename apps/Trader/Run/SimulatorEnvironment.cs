using System.Globalization;
using Trader.Domain;
using Trader.Execution;
using Trader.Simulator;

namespace Trader.Trader.Run;

/// <summary>
/// What <c>exchange: sim</c> (the in-process simulator) replays, from SIM_* variables with demo-friendly defaults:
/// SIM_DATA (CSV; default the bundled <c>data/sample/*_{BASE}{QUOTE}_{tf}.csv</c> when there is one, else a random
/// walk), the market's rules from the file's <c>market:</c> when set, SIM_SPEED (default: one candle per second), SIM_REPLAY_FROM (ISO 8601 or Unix ms; default: where this
/// instance stopped, else far enough into the data for the warm-up), SIM_BALANCES is not needed in paper mode.
/// </summary>
internal static class SimulatorEnvironment
{
    public static SimulatorSetup Setup(InstanceConfig config, IReadOnlyDictionary<string, string> env, long? resumeFromMs, int warmupCandles)
    {
        string? Get(string name) => env.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var tf = config.Timeframe;
        string? data = Get("SIM_DATA") ?? BundledData(config.Symbol, tf);
        if (data is not null && !File.Exists(data)) throw new ConfigException($"SIM_DATA '{data}' does not exist; give a CSV time,open,high,low,close,volume.");

        double speed = tf.DurationMs / 1000.0;
        if (Get("SIM_SPEED") is { } speedText && (!double.TryParse(speedText, NumberStyles.Float, CultureInfo.InvariantCulture, out speed) || speed <= 0))
            throw new ConfigException($"SIM_SPEED '{speedText}' must be a positive number of simulated seconds per real second, e.g. 60.");

        long? replayFrom = resumeFromMs;
        if (Get("SIM_REPLAY_FROM") is { } fromText)
        {
            replayFrom = TimeText.ParseInstantMs(fromText, "SIM_REPLAY_FROM");
        }
        if (data is not null && replayFrom is null)
        {
            var csv = CsvCandleSource.Load(data);
            replayFrom = (csv.First?.OpenTimeMs ?? 0) + (warmupCandles + 10) * tf.DurationMs;
        }
        var defaults = SimulatorSetup.Default;
        return defaults with
        {
            Symbols = [config.Symbol],
            DataFile = data,
            Timeframe = tf,
            ReplayFromMs = replayFrom,
            Speed = speed,
            History = TimeSpan.FromMilliseconds((warmupCandles + 10) * tf.DurationMs),
            Settings = config.Market is { } market
                ? defaults.Settings with { Markets = new Dictionary<string, Market> { [config.Symbol] = market.For(config.Symbol) } }
                : defaults.Settings,
        };
    }

    private static string? BundledData(string symbol, Timeframe tf)
    {
        var pair = symbol.Replace("/", "", StringComparison.Ordinal);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var sample = Path.Combine(dir.FullName, "data", "sample");
            if (!Directory.Exists(sample)) continue;
            return Directory.GetFiles(sample, $"*_{pair}_{tf}.csv").Order(StringComparer.Ordinal).FirstOrDefault();
        }
        return null;
    }
}
