using System.Globalization;
using Trader.Strategies;
using Trader.Domain;

namespace Trader.Strategies.Tests;

/// <summary>Hand-made candle series and a runner that records one signal per candle.</summary>
public static class Bars
{
    private const long T0 = 1_700_000_000_000L;

    /// <summary>Candles with open = high = low = close, one hour apart.</summary>
    public static Candle[] FromCloses(params double[] closes) =>
        closes.Select((c, i) => new Candle(T0 + i * 3_600_000L, c, c, c, c, 1)).ToArray();

    /// <summary>Candles with high = close + <paramref name="halfRange"/> and low = close - halfRange.</summary>
    public static Candle[] WithRange(double halfRange, params double[] closes) =>
        closes.Select((c, i) => new Candle(T0 + i * 3_600_000L, c, c + halfRange, c - halfRange, c, 1)).ToArray();

    public static Signal[] Run(IStrategy strategy, IEnumerable<Candle> candles) =>
        candles.Select(c => strategy.OnCandle(c)).ToArray();

    /// <summary>The candles at which anything fired, as (index, kind, reason).</summary>
    public static (int Index, SignalKind Kind, string Reason)[] Fired(Signal[] signals) =>
        signals.Select((s, i) => (i, s.Kind, s.Reason)).Where(t => t.Kind != SignalKind.None).ToArray();

    public static string RepoRoot() => Trader.Testing.Repository.Root;

    /// <summary>Reads a <c>time|date,open,high,low,close,volume</c> CSV (ISO-8601 UTC times or dates).</summary>
    public static Candle[] LoadCsv(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split(',');
            long openMs = DateTimeOffset.Parse(f[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            return new Candle(openMs, D(1), D(2), D(3), D(4), D(5));
        }).ToArray();

    /// <summary>The bundled BTC samples (data/sample) and the reference bitcoin daily quotes (shared/reference).</summary>
    public static IEnumerable<string> BitcoinFiles()
    {
        string root = RepoRoot();
        foreach (var f in Directory.GetFiles(Path.Combine(root, "data", "sample"), "*BTC*.csv").Order()) yield return f;
        yield return Path.Combine(Trader.Testing.Repository.Shared, "reference", "indicators", "quotes", "bitcoin.csv");
    }
}
