namespace Trader.Backtester.Report;

/// <summary>
/// Writes a report atomically: a reader never sees half a file, a failed run leaves the previous report, and an
/// interrupted write (Ctrl+C, SIGTERM) leaves no temporary file behind.
/// </summary>
internal static class ReportFile
{
    public static async Task WriteAsync(string path, string content, CancellationToken ct)
    {
        string temporary = path + ".tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, content, ct);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
