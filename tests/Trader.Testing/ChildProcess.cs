using System.Diagnostics;

namespace Trader.Testing;

/// <summary>Runs a child process (one of the built apps, usually) to its end and captures what it wrote.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Starts <paramref name="info"/> with its standard output and error redirected, waits for it to exit and returns
    /// the exit code and both streams. <paramref name="cap"/> is a hang guard, so a hung child fails the test instead of
    /// hanging the run; not a timing assertion.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ProcessStartInfo info, TimeSpan cap)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(cap);
        await process.WaitForExitAsync(guard.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
