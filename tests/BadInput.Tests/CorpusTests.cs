using System.Diagnostics;
using Trader.Testing;

namespace Trader.BadInput.Tests;

/// <summary>
/// Every file of the bad-input corpus through every app that reads its kind, as real processes: each must exit with the
/// listed code and say what is wrong, naming the file, with no stack trace. One class, so the processes run one at a time.
/// </summary>
public sealed class CorpusTests
{
    // Each reader: the app and its arguments for one file (a config is read by all three apps and both trader commands).
    private static readonly Dictionary<string, Reader> ConfigReaders = new()
    {
        ["trader validate"] = new((file, _) => ["Trader", "validate", file]),
        ["trader --config"] = new((file, _) => ["Trader", "--config", file]),
        ["backtester --config"] = new((file, _) => ["Backtester", "--config", file, "--csv", Repository.Path("data", "sample", "binance_BTCBUSD_1m.csv"), "--no-store"]),
        ["backfiller --from-strategies"] = new((_, folder) => ["Backfiller", "--from-strategies", folder, "--since", "2024-01-01"]),
    };

    // A candle CSV is read by the backtester (a run and features), the simulator (the trader's SIM_DATA, exchangesim
    // --data) and backfiller import, which stores the good rows and exits 1 for the refused ones.
    private static readonly Dictionary<string, Reader> CsvReaders = new()
    {
        ["backtester --csv"] = new((file, _) => ["Backtester", "--config", Repository.Path("config", "strategies", "demo_sim.yaml"), "--csv", file, "--no-store"]),
        ["backtester features --csv"] = new((file, _) => ["Backtester", "features", "--csv", file, "--indicator", "rsi"]),
        ["trader SIM_DATA"] = new((file, _) => ["Trader", "--config", Repository.Path("config", "strategies", "demo_sim.yaml")], file => new() { ["SIM_DATA"] = file }),
        ["exchangesim --data"] = new((file, _) => ["ExchangeSim", "--port", "0", "--data", file]),
        ["backfiller import"] = new((file, _) => ["Backfiller", "import", "--csv", file, "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h"])
        {
            ExitCode = _ => 1,
        },
    };

    public static TheoryData<string, string> Runs()
    {
        var runs = new TheoryData<string, string>();
        foreach (var corpusCase in CorpusCase.All)
        {
            foreach (var reader in ReadersOf(corpusCase.Kind).Keys) runs.Add(corpusCase.File, reader);
        }
        return runs;
    }

    [Fact]
    public void Corpus_EveryFileIsListedOnceWithItsExpectation()
    {
        var files = Directory.GetFiles(CorpusCase.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusCase.Folder, f).Replace('\\', '/'))
            .Where(f => f != "expected.tsv")
            .Order();
        Assert.Equal(files, CorpusCase.All.Select(c => c.File).Order());
        Assert.Equal(CorpusCase.All.Count, CorpusCase.All.Select(c => c.File).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Read_BadFile_ExitsWithTheListedCodeAndSaysWhatIsWrong(string file, string reader)
    {
        var corpusCase = CorpusCase.All.Single(c => c.File == file);
        // Each run reads its own copy, alone in a folder, so folder-reading apps see just this file.
        string folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            string copy = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(corpusCase.FullPath, copy);
            var read = ReadersOf(corpusCase.Kind)[reader];
            var (exitCode, stdout, stderr) = await RunAsync(read.Command(copy, folder), read.Environment?.Invoke(copy) ?? [], folder);

            string output = stdout + stderr;
            int expected = read.ExitCode(corpusCase.ExitCode);
            Assert.True(exitCode == expected, $"{reader} {file}: exit {exitCode}, expected {expected}:\n{output}");
            Assert.Contains(copy + corpusCase.Message, stderr);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, Reader> ReadersOf(string kind) => kind switch
    {
        "config" => ConfigReaders,
        "csv" => CsvReaders,
        _ => throw new InvalidOperationException($"No readers for corpus kind '{kind}'."),
    };

    // The app runs in the scratch folder with its database and logs there, so nothing lands in the repository.
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] command, Dictionary<string, string> environment, string folder)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        info.ArgumentList.Add(Repository.BuiltApp(command[0]));
        foreach (var argument in command[1..]) info.ArgumentList.Add(argument);
        info.Environment["DATABASE_URL"] = Path.Combine(folder, "trading.db");
        info.Environment["LOG_DIR"] = Path.Combine(folder, "logs");
        foreach (var (name, value) in environment) info.Environment[name] = value;
        return ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }

    /// <summary>How one app reads a corpus file.</summary>
    /// <param name="Command">The app and its arguments, given the file and its folder.</param>
    /// <param name="Environment">Variables that point the app at the file, if an argument does not.</param>
    private sealed record Reader(Func<string, string, string[]> Command, Func<string, Dictionary<string, string>>? Environment = null)
    {
        /// <summary>The exit code this reader ends with, given the corpus's (most readers: the same).</summary>
        public Func<int, int> ExitCode { get; init; } = listed => listed;
    }
}
