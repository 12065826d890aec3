using System.Globalization;
using Trader.Core.Errors;
using Trader.Timeframes;

namespace Trader.Backtester.Run;

/// <summary>Reads <c>time,open,high,low,close,volume</c> CSV files (ISO 8601 UTC times), as in <c>data/sample/</c>.</summary>
internal static class CsvCandles
{
    /// <exception cref="ConfigException">The file is missing or a row is malformed; the message gives file and line.</exception>
    public static Candle[] Load(string path)
    {
        if (!File.Exists(path)) throw new ConfigException($"--csv {path}: no such file.");
        var candles = new List<Candle>();
        int line = 0;
        foreach (var row in File.ReadLines(path))
        {
            line++;
            if (line == 1)
            {
                if (!row.Trim().Equals("time,open,high,low,close,volume", StringComparison.Ordinal))
                {
                    throw new ConfigException($"{path}:1: header '{row}' is not 'time,open,high,low,close,volume'.");
                }
                continue;
            }
            if (row.Length == 0) continue;
            var cells = row.Split(',');
            if (cells.Length != 6) throw new ConfigException($"{path}:{line}: expected 6 cells, found {cells.Length}.");
            if (!DateTimeOffset.TryParse(cells[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            {
                throw new ConfigException($"{path}:{line}: '{cells[0]}' is not an ISO 8601 UTC time.");
            }
            candles.Add(new Candle(time.ToUnixTimeMilliseconds(), Number(cells[1], path, line), Number(cells[2], path, line),
                Number(cells[3], path, line), Number(cells[4], path, line), Number(cells[5], path, line)));
        }
        return candles.ToArray();
    }

    private static double Number(string cell, string path, int line) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ConfigException($"{path}:{line}: '{cell}' is not a number.");
}
