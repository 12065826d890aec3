using System.Globalization;
using Trader.Domain;

namespace Trader.Indicators.Tests.Infrastructure;

/// <summary>
/// Reads OHLCV CSV files in the two shapes we have: reference quotes (<c>date,open,high,low,close,volume</c>,
/// dates like 2017-01-03) and shared market data (<c>time,open,high,low,close,volume</c>, ISO 8601 with Z).
/// </summary>
public static class QuotesCsv
{
    /// <summary>Loads every row of <paramref name="path"/> as candles, in file order.</summary>
    /// <exception cref="FormatException">The header or a row is not in one of the two shapes.</exception>
    public static Candle[] Load(string path)
    {
        using var reader = new StreamReader(path);
        string header = reader.ReadLine() ?? throw new FormatException($"{path}: empty file, expected a header row.");
        var columns = header.Split(',');
        if (columns.Length != 6 || (columns[0] != "date" && columns[0] != "time") ||
            !columns.AsSpan(1).SequenceEqual(["open", "high", "low", "close", "volume"]))
        {
            throw new FormatException($"{path}: header '{header}' is not 'date|time,open,high,low,close,volume'.");
        }

        var candles = new List<Candle>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 6) throw new FormatException($"{path}:{lineNumber}: expected 6 cells, found {cells.Length}.");
            var time = DateTimeOffset.Parse(cells[0], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            candles.Add(new Candle(
                time.ToUnixTimeMilliseconds(),
                Number(cells[1]), Number(cells[2]), Number(cells[3]), Number(cells[4]), Number(cells[5])));
        }
        return candles.ToArray();
    }

    private static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
