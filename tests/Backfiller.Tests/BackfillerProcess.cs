using System.Diagnostics;
using System.Text;

namespace Trader.Backfiller.Tests;

/// <summary>Runs apps/Backfiller as a real process in a scratch folder with its own DATABASE_URL and LOG_DIR.</summary>
public sealed class BackfillerProcess
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private BackfillerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts the backfiller in <paramref name="workDir"/> with the database at <paramref name="dbPath"/>.</summary>
    public static BackfillerProcess Start(string workDir, string dbPath, Uri? exchange, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workDir,
        };
        info.Environment["DATABASE_URL"] = dbPath;
        info.Environment["LOG_DIR"] = Path.Combine(workDir, "logs");
        info.Environment.Remove("BINANCE_WEIGHT_SHARE");
        if (exchange is not null) info.Environment["BINANCE_BASE_URL"] = exchange.ToString().TrimEnd('/');
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        info.ArgumentList.Add(LocateDll());
        foreach (var a in args) info.ArgumentList.Add(a);
        return new BackfillerProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Runs to the end and returns the exit code (the output stays readable).</summary>
    public static async Task<(int ExitCode, BackfillerProcess Process)> RunAsync(string workDir, string dbPath, Uri? exchange, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var p = Start(workDir, dbPath, exchange, environment, args);
        int code = await p.WaitAsync(TimeSpan.FromMinutes(5));
        return (code, p);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"backfiller did not finish within {timeout}: {Stdout}{Stderr}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Sends SIGTERM, as docker stop does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public string Output => Stdout + Stderr;

    private static string LocateDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        string framework = dir.Name, configuration = dir.Parent?.Name ?? "Debug";
        var root = Repo.Root;
        var built = Path.Combine(root, "apps", "Backfiller", "bin", configuration, framework, "Backfiller.dll");
        if (File.Exists(built)) return built;
        var local = Path.Combine(AppContext.BaseDirectory, "Backfiller.dll");
        return File.Exists(local) ? local : throw new FileNotFoundException("Backfiller.dll not found; build apps/Backfiller first.");
    }
}
