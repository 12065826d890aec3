using System.Diagnostics;
using Trader.Testing;

namespace Trader.Backtester.Tests;

/// <summary>Runs the built Backtester.dll as a real child process and captures its output and exit code.</summary>
internal static class BacktesterProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Backtester.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        var (code, stdout, stderr) = await ChildProcess.RunAsync(start, TimeSpan.FromMinutes(2));
        return new Result(code, stdout, stderr);
    }
}
