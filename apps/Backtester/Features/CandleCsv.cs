using System.Globalization;
using Trader.Domain;

namespace Trader.Backtester.Features;

/// <summary>
/// Reads candles from the two CSV shapes the project carries: shared market data
/// (<c>time,open,high,low,close,volume</c>, ISO 8601 UTC) and reference quotes (<c>date,open,...</c>, dates at UTC midnight).
/// </summary>
internal static class CandleCsv
{
    /// <summary>Loads every row in file order.</summary>
    /// <exception cref="ConfigException">The file is missing, or its header or a row is not in one of the two shapes.</exception>
    public static Candle[] Load(string path)
    {
        if (!File.Exists(path)) throw new ConfigException($"--csv {path}: no such file.");
        using var reader = new StreamReader(path);
        string header = (reader.ReadLine() ?? "").Trim();
        string[] columns = header.Split(',');
        if (columns.Length != 6 || (columns[0] != "time" && columns[0] != "date") ||
            !columns.AsSpan(1).SequenceEqual(["open", "high", "low", "close", "volume"]))
        {
            throw new ConfigException($"{path}:1: header '{header}' is not 'time,open,high,low,close,volume' or 'date,open,high,low,close,volume'.");
        }

        var candles = new List<Candle>();
        int line = 1;
        for (string? row = reader.ReadLine(); row is not null; row = reader.ReadLine())
        {
            line++;
            if (row.Length == 0) continue;
            string[] cells = row.Split(',');
            if (cells.Length != 6) throw new ConfigException($"{path}:{line}: expected 6 cells, found {cells.Length}.");
            if (!DateTimeOffset.TryParse(cells[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                throw new ConfigException($"{path}:{line}: '{cells[0]}' is not a date or ISO 8601 time.");
            candles.Add(new Candle(time.ToUnixTimeMilliseconds(),
                Number(cells[1], path, line), Number(cells[2], path, line), Number(cells[3], path, line),
                Number(cells[4], path, line), Number(cells[5], path, line)));
        }
        return candles.ToArray();
    }

    private static double Number(string cell, string path, int line) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ConfigException($"{path}:{line}: '{cell}' is not a number.");
}
