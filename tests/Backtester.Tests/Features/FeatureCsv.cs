using System.Globalization;
using Trader.Domain;

namespace Trader.Backtester.Tests.Features;

/// <summary>A CSV read back for assertions: header and cells, plus the candles of an input file.</summary>
internal sealed class FeatureCsv
{
    private FeatureCsv(string[] header, string[][] rows)
    {
        Header = header;
        Rows = rows;
    }

    public string[] Header { get; }

    public string[][] Rows { get; }

    public static FeatureCsv Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new FeatureCsv(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }

    /// <summary>A column as numbers; an empty cell is null.</summary>
    public double?[] Column(string name)
    {
        int index = Array.IndexOf(Header, name);
        Assert.True(index >= 0, $"no column '{name}' in {string.Join(",", Header)}");
        return Rows.Select(r => r[index].Length == 0 ? (double?)null : double.Parse(r[index], CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Candles of an input CSV in either shape (the first column is the time).</summary>
    public static Candle[] Candles(string path) =>
        System.IO.File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var c = l.Split(',');
            double N(int i) => double.Parse(c[i], CultureInfo.InvariantCulture);
            long time = DateTimeOffset.Parse(c[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();
            return new Candle(time, N(1), N(2), N(3), N(4), N(5));
        }).ToArray();
}
