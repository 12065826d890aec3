using System.Diagnostics;

namespace Trader.Containers.Tests;

/// <summary>Runs a real process to its end (two minutes at most) and returns its exit code and output (stdout then stderr).</summary>
public static class ProcessRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo info)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
