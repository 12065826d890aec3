using System.Diagnostics;

namespace Trader.Database.Tests;

/// <summary>Runs tests/Database.Worker as a separate OS process with <c>dotnet Database.Worker.dll ...</c>.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private WorkerProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static WorkerProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WorkerDll);
        foreach (string arg in args) info.ArgumentList.Add(arg);
        return new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>Waits for the process to exit (a hang guard, not a timing assertion) and returns its outcome.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _process.WaitForExitAsync(guard.Token);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    // The worker's own output folder (bin/<Configuration>/<tfm>), beside this test project's, holds its deps.json
    // and the native SQLite library, so the host resolves them exactly as for a real app.
    private static string WorkerDll { get; } = FindWorker();

    private static string FindWorker()
    {
        string testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        string tfm = Path.GetFileName(testOutput);
        string configuration = Path.GetFileName(Path.GetDirectoryName(testOutput)!);
        string testsDir = Path.GetFullPath(Path.Combine(testOutput, "..", "..", "..", ".."));
        string dll = Path.Combine(testsDir, "Database.Worker", "bin", configuration, tfm, "Database.Worker.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build tests/Database.Worker first; expected {dll}.");
    }
}
