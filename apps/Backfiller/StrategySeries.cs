using Trader.Core.Config;
using Trader.Core.Domain;
using Trader.Core.Errors;

namespace Trader.Backfiller;

/// <summary>The series the strategy instances in a folder need: one per distinct (exchange, symbol, timeframe).</summary>
public static class StrategySeries
{
    /// <summary>
    /// Loads every <c>*.yaml</c>/<c>*.yml</c> in <paramref name="folder"/> (all problems reported together) and returns
    /// one request per distinct series, from <paramref name="sinceMs"/> to <paramref name="untilMs"/>.
    /// </summary>
    public static IReadOnlyList<SeriesRequest> Load(string folder, long? sinceMs, long? untilMs)
    {
        if (!Directory.Exists(folder)) throw new ConfigException($"--from-strategies: folder '{folder}' does not exist.");
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ConfigException($"--from-strategies: '{folder}' holds no instance YAML files.");
        var problems = new List<string>();
        var keys = new List<SeriesKey>();
        foreach (var file in files)
        {
            try
            {
                var instance = ConfigLoader.Load(file);
                keys.Add(new SeriesKey(instance.Exchange, instance.Symbol, instance.Timeframe));
            }
            catch (ConfigException e)
            {
                problems.Add(e.Message);
            }
        }
        if (problems.Count > 0) throw new ConfigException(string.Join(Environment.NewLine, problems));
        if (sinceMs is null) throw new ConfigException("--from-strategies needs --since (the start of the history to keep).");
        return [.. keys.Distinct().Select(k => new SeriesRequest(k, sinceMs.Value, untilMs))];
    }
}
