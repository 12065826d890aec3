using System.Diagnostics;

namespace Trader.Trader.Tests;

/// <summary>
/// Runs the trader (see <see cref="Command"/>) as a real process (`trader --config FILE`) with its own environment, collecting its
/// output. <see cref="Kill"/> is kill -9; <see cref="StopAsync"/> sends SIGTERM as `docker stop` does.
/// </summary>
public sealed class TraderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private TraderProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get { lock (_output) return string.Join(Environment.NewLine, _output); }
    }

    public static TraderProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(Process.Start(Info(workingDirectory, environment, args)) ?? throw new InvalidOperationException("dotnet did not start"));

    /// <summary>Runs a short command (status, health) to completion.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var p = Start(workingDirectory, environment, args);
        return (await p.WaitForExitAsync(TimeSpan.FromSeconds(60)), p.Output);
    }

    /// <summary>Waits until the output holds <paramref name="text"/> at least <paramref name="times"/> times.</summary>
    public async Task WaitForOutputAsync(string text, int times, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        while (Output.Split(text).Length - 1 < times)
        {
            if (timeout.IsCancellationRequested || _process.HasExited)
                throw new TimeoutException($"'{text}' did not appear {times} times within {limit} (exited: {_process.HasExited}): {Output}");
            await Task.Delay(200);
        }
    }

    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, then the exit code (throws when the process outlives <paramref name="limit"/>).</summary>
    public Task<int> StopAsync(TimeSpan limit)
    {
        if (!_process.HasExited) Signal(_process.Id, 15);
        return WaitForExitAsync(limit);
    }

    /// <summary>The exit code of a process ending on its own (throws when it outlives <paramref name="limit"/>).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The trader's own account of what it was doing is the only evidence a slow stop leaves.
            throw new TimeoutException($"the trader did not exit within {limit}: {Output}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Signal(int pid, int signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {pid}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>
    /// The command line of a trader run: <c>dotnet Trader.dll ARGS</c>, or the published (trimmed) trader named by
    /// TRADER_EXECUTABLE, which scripts/test sets so the process tests run what ships.
    /// </summary>
    public static ProcessStartInfo Command(string workingDirectory, IEnumerable<string> args)
    {
        string? published = Environment.GetEnvironmentVariable("TRADER_EXECUTABLE");
        var info = new ProcessStartInfo(published ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (published is null) info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Trader.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    private static ProcessStartInfo Info(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var info = Command(workingDirectory, args);
        foreach (var key in new[] { "BINANCE_API_KEY", "BINANCE_API_SECRET", "BINANCE_BASE_URL", "BYBIT_API_KEY", "BYBIT_API_SECRET", "BYBIT_BASE_URL", "DATABASE_URL", "LOG_DIR", "LOG_LEVEL" }) info.Environment.Remove(key);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return info;
    }
}
