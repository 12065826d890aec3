using Trader.Domain;
using Trader.Execution;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

/// <summary>Writes YAML to a real temporary file and loads it, so messages carry a real path.</summary>
internal sealed class TempConfig : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trader-config-").FullName;

    public string Write(string yaml, string fileName = "btc_test_1h.yaml")
    {
        string path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    public InstanceConfig Load(string yaml, string fileName = "btc_test_1h.yaml") => ConfigLoader.Load(Write(yaml, fileName));

    /// <summary>Loads invalid YAML and returns the problem lines (without the heading).</summary>
    public (string Path, string[] Lines) Errors(string yaml, string fileName = "btc_test_1h.yaml")
    {
        string path = Write(yaml, fileName);
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path));
        var lines = e.Message.Split('\n', StringSplitOptions.TrimEntries);
        Assert.StartsWith($"{path}: ", lines[0]);
        return (path, lines[1..]);
    }

    /// <summary>Asserts one problem line is at <paramref name="line"/> of the file and contains every fragment.</summary>
    public static string Single(string path, string[] lines, int line, params string[] fragments)
    {
        var hit = lines.Where(l => l.StartsWith($"{path}:{line}:", StringComparison.Ordinal) && fragments.All(l.Contains)).ToArray();
        Assert.True(hit.Length == 1, $"expected one error at line {line} containing [{string.Join(" | ", fragments)}], got:\n{string.Join("\n", lines)}");
        return hit[0];
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public const string Valid = """
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy:
          type: rsi
          params: { period: 14 }
        risk:
          stake: { fraction: 0.10 }
          stop_loss: 0.03
        """;
}
