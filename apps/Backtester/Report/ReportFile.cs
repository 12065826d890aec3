namespace Trader.Backtester.Report;

/// <summary>Writes a report atomically: a reader never sees half a file, and a failed run leaves the previous report.</summary>
internal static class ReportFile
{
    public static async Task WriteAsync(string path, string content, CancellationToken ct)
    {
        string temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, content, ct);
        File.Move(temporary, path, overwrite: true);
    }
}
