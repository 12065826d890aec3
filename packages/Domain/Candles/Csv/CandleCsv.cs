using System.Globalization;
using System.Text;

namespace Trader.Domain;

/// <summary>
/// The project's one candle CSV format, read by <c>backfiller import</c>, the backtester (<c>--csv</c>, <c>features</c>)
/// and the simulator's data files alike, and written by <c>backfiller export</c>: an optional header
/// <c>time,open,high,low,close,volume</c> (<c>date</c> for <c>time</c> also accepted), <c>time</c> = open time as ISO 8601
/// UTC or Unix ms (<see cref="TimeText"/>), numbers in invariant culture. Rows may come in any order (some sources write
/// newest first); every row passes <see cref="CandleValidator"/>, and two rows with one open time are a conflict.
/// </summary>
public static class CandleCsv
{
    /// <summary>The header line written on export and accepted (optionally) on import.</summary>
    public const string Header = "time,open,high,low,close,volume";

    private const int ProblemsInMessage = 10;
    private static readonly string[] ValueColumns = ["open", "high", "low", "close", "volume"];

    /// <summary>
    /// Reads every line; lines that give no candle come back as problems with their line and reason (nothing is dropped
    /// silently). Rows sharing an open time with an earlier row are problems too: a repeated identical row is dropped,
    /// rows that disagree are both left out.
    /// </summary>
    /// <exception cref="ConfigException">The file is missing or cannot be read.</exception>
    public static CandleCsvContent Read(string path)
    {
        var rows = new List<CandleCsvRow>();
        var problems = new List<CandleCsvProblem>();
        int lineNo = 0;
        bool first = true;
        foreach (var line in Lines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',');
            if (first && IsHeader(cells[0]))
            {
                first = false;
                if (!IsExactHeader(cells))
                {
                    problems.Add(new CandleCsvProblem(lineNo, $"header '{line.Trim()}' is not '{Header}' (or 'date,open,high,low,close,volume'); no row was read"));
                    return new CandleCsvContent(path, [], problems);
                }
                continue;
            }
            first = false;
            if (Row(cells) is var (candle, reason) && reason is null) rows.Add(new CandleCsvRow(lineNo, candle));
            else problems.Add(new CandleCsvProblem(lineNo, reason!));
        }
        var unique = WithoutConflicts(rows, problems);
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new CandleCsvContent(path, unique, problems);
    }

    /// <summary>Reads a file that must be clean, e.g. a backtest's or the simulator's data: its candles by open time.</summary>
    /// <exception cref="ConfigException">The file is missing or unreadable, or any line is bad; the message lists them as <c>file:line: reason</c>.</exception>
    public static Candle[] Load(string path)
    {
        var content = Read(path);
        if (content.Problems.Count == 0) return content.Candles;
        var shown = content.Problems.Take(ProblemsInMessage).Select(content.Describe);
        int more = content.Problems.Count - ProblemsInMessage;
        throw new ConfigException(string.Join(Environment.NewLine, shown) + (more > 0 ? $"{Environment.NewLine}{path}: {more} more bad lines" : ""));
    }

    /// <summary>Writes <paramref name="candles"/> to <paramref name="path"/> with the header (replacing the file); re-reads bit for bit.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<Candle> candles, CancellationToken ct)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteLineAsync(Header.AsMemory(), ct).ConfigureAwait(false);
        var inv = CultureInfo.InvariantCulture;
        foreach (var c in candles)
        {
            // "R" keeps every double exactly, so an export re-imports bit for bit.
            await writer.WriteLineAsync(string.Create(inv,
                $"{TimeText.Iso(c.OpenTimeMs)},{c.Open:R},{c.High:R},{c.Low:R},{c.Close:R},{c.Volume:R}").AsMemory(), ct).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Lines(string path)
    {
        if (Directory.Exists(path)) throw new ConfigException($"{path}: is a folder; give a CSV file ({Header}).");
        if (!File.Exists(path)) throw new ConfigException($"{path}: no such file; give a CSV file ({Header}).");
        try
        {
            // Read at once so that an I/O error surfaces here, as a config error, not halfway through the caller's loop.
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read: {e.Message}");
        }
    }

    private static bool IsHeader(string cell) =>
        cell.Trim().Equals("time", StringComparison.OrdinalIgnoreCase) || cell.Trim().Equals("date", StringComparison.OrdinalIgnoreCase);

    private static bool IsExactHeader(string[] cells) =>
        cells.Length == 6 && cells.Skip(1).Select(c => c.Trim()).SequenceEqual(ValueColumns, StringComparer.OrdinalIgnoreCase);

    private static (Candle Candle, string? Reason) Row(string[] cells)
    {
        if (cells.Length != 6) return (default, $"expected 6 columns {Header}, got {cells.Length}");
        if (TimeText.TryParseInstantMs(cells[0]) is not { } time) return (default, $"time {TimeText.NotATime(cells[0])}");
        var numbers = new double[5];
        for (int i = 0; i < 5; i++)
        {
            if (!double.TryParse(cells[i + 1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]))
                return (default, $"{ValueColumns[i]} '{cells[i + 1].Trim()}' is not a number");
        }
        var candle = new Candle(time, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
        return (candle, CandleValidator.Validate(candle));
    }

    // Sorted by open time (stable, so file order decides among equals); a repeat is reported on its later line.
    private static List<CandleCsvRow> WithoutConflicts(List<CandleCsvRow> rows, List<CandleCsvProblem> problems)
    {
        var sorted = rows.OrderBy(r => r.Candle.OpenTimeMs).ToList();
        var unique = new List<CandleCsvRow>(sorted.Count);
        for (int i = 0; i < sorted.Count;)
        {
            int end = i + 1;
            while (end < sorted.Count && sorted[end].Candle.OpenTimeMs == sorted[i].Candle.OpenTimeMs) end++;
            var kept = sorted[i];
            bool agree = true;
            for (int j = i + 1; j < end; j++) agree &= sorted[j].Candle == kept.Candle;
            string time = TimeText.Iso(kept.Candle.OpenTimeMs);
            for (int j = i + 1; j < end; j++)
            {
                problems.Add(new CandleCsvProblem(sorted[j].Line, agree
                    ? $"open time {time} repeats line {kept.Line}; the row is read once"
                    : $"open time {time} is also on line {kept.Line} with different values; neither row is used"));
            }
            if (agree) unique.Add(kept);
            else problems.Add(new CandleCsvProblem(kept.Line, $"open time {time} is also on line {sorted[i + 1].Line} with different values; neither row is used"));
            i = end;
        }
        return unique;
    }
}
