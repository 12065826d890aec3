using System.Globalization;
using System.Text;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>
/// The project's candle CSV: header <c>time,open,high,low,close,volume</c>, <c>time</c> = open time (ISO 8601 UTC or
/// Unix ms on import; ISO 8601 on export), numbers in invariant culture with full round-trip precision.
/// </summary>
public static class CandleCsv
{
    /// <summary>The header line written on export and accepted (optionally) on import.</summary>
    public const string Header = "time,open,high,low,close,volume";

    /// <summary>Parses a file; rows that cannot be read are returned with their line and reason instead of being dropped silently.</summary>
    public static (List<(int Line, Candle Candle)> Rows, List<RejectedRow> Rejected) Read(string path)
    {
        var rows = new List<(int, Candle)>();
        var rejected = new List<RejectedRow>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',');
            if (lineNo == 1 && cells[0].Trim().Equals("time", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length != 6)
            {
                rejected.Add(new RejectedRow(lineNo, $"expected 6 columns {Header}, got {cells.Length}"));
                continue;
            }
            long time;
            try { time = TimeText.ParseInstantMs(cells[0], "time"); }
            catch (Domain.ConfigException e)
            {
                rejected.Add(new RejectedRow(lineNo, e.Message));
                continue;
            }
            var numbers = new double[5];
            string? bad = null;
            string[] names = ["open", "high", "low", "close", "volume"];
            for (int i = 0; i < 5 && bad is null; i++)
            {
                if (!double.TryParse(cells[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
                    bad = $"{names[i]} '{cells[i + 1].Trim()}' is not a number";
            }
            if (bad is not null)
            {
                rejected.Add(new RejectedRow(lineNo, bad));
                continue;
            }
            rows.Add((lineNo, new Candle(time, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])));
        }
        return (rows, rejected);
    }

    /// <summary>Writes <paramref name="candles"/> to <paramref name="path"/> with the header (replacing the file).</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync(Header.AsMemory(), ct);
        var inv = CultureInfo.InvariantCulture;
        foreach (var c in candles)
        {
            // "R" keeps every double exactly, so an export re-imports bit for bit.
            await writer.WriteLineAsync(string.Create(inv,
                $"{TimeText.Iso(c.OpenTimeMs)},{c.Open:R},{c.High:R},{c.Low:R},{c.Close:R},{c.Volume:R}").AsMemory(), ct);
        }
    }
}
