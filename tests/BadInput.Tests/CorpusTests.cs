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
    private static readonly Dictionary<string, Func<string, string, string[]>> ConfigReaders = new()
    {
        ["trader validate"] = (file, _) => ["Trader", "validate", file],
        ["trader --config"] = (file, _) => ["Trader", "--config", file],
        ["backtester --config"] = (file, _) => ["Backtester", "--config", file, "--csv", Repository.Path("data", "sample", "binance_BTCBUSD_1m.csv"), "--no-store"],
        ["backfiller --from-strategies"] = (_, folder) => ["Backfiller", "--from-strategies", folder, "--since", "2024-01-01"],
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
            var (exitCode, stdout, stderr) = await RunAsync(ReadersOf(corpusCase.Kind)[reader](copy, folder), folder);

            string output = stdout + stderr;
            Assert.True(exitCode == corpusCase.ExitCode, $"{reader} {file}: exit {exitCode}, expected {corpusCase.ExitCode}:\n{output}");
            Assert.Contains(copy + corpusCase.Message, stderr);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, Func<string, string, string[]>> ReadersOf(string kind) => kind switch
    {
        "config" => ConfigReaders,
        _ => throw new InvalidOperationException($"No readers for corpus kind '{kind}'."),
    };

    // The app runs in the scratch folder with its database and logs there, so nothing lands in the repository.
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] command, string folder)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        info.ArgumentList.Add(Repository.BuiltApp(command[0]));
        foreach (var argument in command[1..]) info.ArgumentList.Add(argument);
        info.Environment["DATABASE_URL"] = Path.Combine(folder, "trading.db");
        info.Environment["LOG_DIR"] = Path.Combine(folder, "logs");
        return ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
    }
}
