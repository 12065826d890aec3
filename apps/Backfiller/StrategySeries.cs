using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Exchange;

namespace Trader.Backfiller;

/// <summary>
/// The series the strategy instances in a folder need: one per distinct (exchange, symbol, timeframe), reaching back
/// far enough for the most startup candles among the instances that share it (<see cref="StartupCandles"/>, the rule the
/// trader and the backtester warm up with). Instances on the in-process simulator
/// (<c>exchange: sim</c>, the offline demo) are skipped: their candles come with the simulator.
/// </summary>
public static class StrategySeries
{
    /// <summary>
    /// Loads every <c>*.yaml</c>/<c>*.yml</c> in <paramref name="folder"/> (all problems reported together) and returns
    /// one request per distinct series from <paramref name="sinceMs"/> (null: the exchange's time now, i.e. the warm-up
    /// only) minus its startup candles, to <paramref name="untilMs"/>.
    /// </summary>
    /// <exception cref="ConfigException">The folder is missing or empty, or any file is invalid.</exception>
    public static IReadOnlyList<SeriesRequest> Load(string folder, long? sinceMs, long? untilMs)
    {
        if (!Directory.Exists(folder)) throw new ConfigException($"--from-strategies: folder '{folder}' does not exist.");
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ConfigException($"--from-strategies: '{folder}' holds no instance YAML files.");
        var problems = new List<string>();
        var warmups = new Dictionary<SeriesKey, int>();
        foreach (var file in files)
        {
            try
            {
                var instance = ConfigLoader.Load(file);
                if (instance.Exchange == ExchangeIds.Simulator) continue;
                var key = new SeriesKey(instance.Exchange, instance.Symbol, instance.Timeframe);
                warmups[key] = Math.Max(warmups.GetValueOrDefault(key), StartupCandles.For(instance.Strategy));
            }
            catch (ConfigException e)
            {
                problems.Add(e.Message);
            }
        }
        if (problems.Count > 0) throw new ConfigException(string.Join(Environment.NewLine, problems));
        return [.. warmups.Select(w => new SeriesRequest(w.Key, sinceMs, untilMs, w.Value))];
    }
}
