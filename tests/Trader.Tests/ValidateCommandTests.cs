using System.Diagnostics;

namespace Trader.Trader.Tests;

/// <summary>Runs the trader as a real process, as CI and users do.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trader-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Trader.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Trader.sln not found");
    }

    private (int ExitCode, string StdOut, string StdErr) Run(params string[] args)
    {
        var start = TraderProcess.Command(_dir, args);
        // Keys from the test runner's environment must not make a live config pass.
        start.Environment.Remove("BINANCE_API_KEY");
        start.Environment.Remove("BINANCE_API_SECRET");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private string Write(string name, string yaml)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    private const string Valid = """
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1h
        strategy: { type: rsi }
        risk: { stake: { fraction: 0.1 }, stop_loss: 0.03 }
        """;

    [Fact]
    public void Validate_AllShippedConfigs_ExitsZero()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot(), "config", "strategies"), "*.yaml");
        var (code, stdout, stderr) = Run(["validate", .. files]);
        Assert.True(code == 0, stderr);
        Assert.Equal(files.Length, stdout.Split('\n').Count(l => l.StartsWith("ok: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_OneInvalidFile_ExitsTwoWithFileLineAndKeyOnStderr()
    {
        string good = Write("good.yaml", Valid);
        string bad = Write("bad.yaml", Valid.Replace("stop_loss: 0.03", "stop_los: 0.03").Replace("timeframe: 1h", "timeframe: 7h"));
        var (code, stdout, stderr) = Run("validate", good, bad);
        Assert.Equal(2, code);
        Assert.Contains("ok: ", stdout);
        Assert.Contains($"{bad}:3:12: unknown timeframe '7h'", stderr);
        Assert.Contains($"{bad}:5:35: unknown key 'stop_los' under 'risk'", stderr);
        Assert.Contains("Did you mean 'stop_loss'?", stderr);
        Assert.DoesNotContain(good, stderr);
    }

    [Fact]
    public void Validate_NoFiles_IsBadUsage()
    {
        var (code, _, stderr) = Run("validate");
        Assert.Equal(2, code);
        Assert.Contains("error:", stderr);
    }

    [Fact]
    public void Run_LiveConfigWithoutKeys_ExitsTwoBeforeStart()
    {
        string live = Write("live.yaml", Valid + "\nmode: live\n");
        var (code, _, stderr) = Run("--config", live);
        Assert.Equal(2, code);
        Assert.Contains("mode: live needs BINANCE_API_KEY and BINANCE_API_SECRET", stderr);
    }
}
