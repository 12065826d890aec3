using System.Diagnostics;

namespace Trader.Backtester.Tests;

/// <summary>Runs the built Backtester.dll as a real child process and captures its output and exit code.</summary>
internal static class BacktesterProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static async Task<Result> RunAsync(params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Backtester.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (string arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A generous cap so a hung child fails the test instead of hanging the run; not a timing assertion.
        using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cap.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
