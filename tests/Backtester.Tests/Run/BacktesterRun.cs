using System.Diagnostics;
using Trader.Testing;

namespace Trader.Backtester.Tests.Run;

/// <summary>Runs the built Backtester.dll as a real process in a temporary working directory.</summary>
public sealed class BacktesterRun : IDisposable
{
    public BacktesterRun()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("backtester-run-").FullName;
        DatabasePath = Path.Combine(Directory, "trading.db");
    }

    public string Directory { get; }

    public string DatabasePath { get; }

    public static string RepoRoot => Repository.Root;

    public static string Sample(string file) => Path.Combine(RepoRoot, "data", "sample", file);

    /// <summary>Writes a config file in the working directory and returns its path.</summary>
    public string Config(string yaml, string name = "bt.yaml")
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Directory };
        info.Environment["DATABASE_URL"] = DatabasePath;
        info.Environment["LOG_DIR"] = Path.Combine(Directory, "logs");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Backtester.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        return ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A lingering SQLite handle on a slow machine; the temp folder is cleaned by the OS later.
        }
    }
}
