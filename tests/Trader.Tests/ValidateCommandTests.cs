using System.Diagnostics;

namespace Trader.Trader.Tests;

/// <summary>Runs the trader as a real process, as CI and users do.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trader-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RepoRoot() => global::Trader.Testing.Repository.Root;

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
    public void Validate_LimitOrderKeys_AcceptedInPaperAndLiveAndRangesReported()
    {
        string good = Write("limit.yaml", Valid + "\nentry: { type: limit, offset: 0.001, timeout_candles: 2, post_only: true }\nexit: { type: limit }\n");
        string bad = Write("bad-limit.yaml", Valid + "\nentry: { type: limt, offset: 0.5, timeout_candles: 0 }\n");
        string live = Write("live-limit.yaml", Valid + "\nmode: live\nlive: { budget: 1000 }\nexit: { type: limit }\n");
        var (code, stdout, stderr) = Run("validate", good, bad, live);
        Assert.Equal(2, code);
        Assert.Contains($"ok: {good}", stdout);
        Assert.Contains($"ok: {live}", stdout);
        Assert.Contains($"{bad}:", stderr);
        Assert.Contains("limt", stderr);
        Assert.DoesNotContain($"{live}:", stderr);
    }

    [Fact]
    public void Validate_YamlSyntaxErrorInOneFileOfABatch_ReportsFileLineColumnAndChecksTheRest()
    {
        string broken = Write("broken.yaml", "a: [b\nc: d\n");
        string good = Write("good.yaml", Valid);
        var (code, stdout, stderr) = Run("validate", broken, good);
        Assert.Equal(2, code);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(broken)}:\d+:\d+: YAML syntax error: ", stderr);
        Assert.Contains($"ok: {good}", stdout);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Run_YamlSyntaxError_ExitsTwoWithFileLineColumn()
    {
        string broken = Write("broken.yaml", "a: [b\nc: d\n");
        var (code, _, stderr) = Run("--config", broken);
        Assert.Equal(2, code);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(broken)}:\d+:\d+: YAML syntax error: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Validate_ValuesThatWouldOverflowOrNeverWarmUp_ExitTwoNamingTheRange()
    {
        string bad = Write("huge.yaml", Valid.Replace("strategy: { type: rsi }", "strategy: { type: rsi, params: { period: 2147483647 } }")
            + "\npaper: { starting_balance: 79228162514264337593543950335 }\n");
        var (code, _, stderr) = Run("validate", bad);
        Assert.Equal(2, code);
        Assert.Contains($"{bad}:4:", stderr);
        Assert.Contains("'strategy.params.period' must be a whole number from 2 to 100000, got 2147483647", stderr);
        Assert.Contains("'paper.starting_balance' must be above 0 and at most 1000000000000", stderr);
    }

    [Fact]
    public void Run_DirectoryAsConfig_ExitsTwoSayingItIsADirectory()
    {
        var (code, _, stderr) = Run("--config", _dir);
        Assert.Equal(2, code);
        Assert.Contains($"{_dir}: is a directory, not a config file", stderr);
        Assert.DoesNotContain("denied", stderr);
    }

    [Fact]
    public async Task Run_LogDirIsAFile_ExitsTwoBeforeStart()
    {
        string config = Write("paper.yaml", Valid);
        string notAFolder = Write("not-a-folder", "");
        var start = TraderProcess.Command(_dir, ["--config", config]);
        start.Environment["LOG_DIR"] = notAFolder;
        start.Environment["DATABASE_URL"] = Path.Combine(_dir, "trading.db");
        var (code, _, stderr) = await global::Trader.Testing.ChildProcess.RunAsync(start, TimeSpan.FromMinutes(2));
        Assert.Equal(2, code);
        Assert.Contains($"LOG_DIR='{notAFolder}' is a file", stderr);
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
