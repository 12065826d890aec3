using System.Diagnostics;
using Trader.Testing;

namespace Trader.Docs.Tests;

/// <summary>
/// Every command block of the README and docs/ runs as written: real processes, with <c>trader</c>, <c>backtester</c>,
/// <c>backfiller</c>, <c>exchangesim</c> and <c>dashboard</c> on the PATH (installed by <c>scripts/install</c> when
/// TRADER_INSTALLED_BIN names its bin folder, as scripts/test does; otherwise shims over the built apps), in a scratch folder holding
/// copies of <c>config/</c> and <c>data/sample/</c>. Each must exit 0 with no warning, error or stack trace. Blocks that
/// need the network, Docker or a trader's history, or that run until stopped, are listed in <see cref="Skipped"/> with
/// the reason; a listed block that no longer exists fails the test, so the list stays true.
/// </summary>
public sealed class DocumentedCommandTests
{
    /// <summary>Blocks not run, by file and the start of their first command, with why.</summary>
    public static readonly IReadOnlyDictionary<(string File, string FirstCommand), string> Skipped = new Dictionary<(string, string), string>
    {
        [("README.md", "scripts/demo ")] =
            "runs until stopped, installs into ~/.local and runs the whole suite (the demo's trader is tested by tests/Trader.Tests)",
        [("docs/config.md", "trader validate config/strategies/*.yaml ")] =
            "its second command trades btc_binance_1h against Binance until stopped (network)",
        [("docs/containers.md", "scripts/add-instance ")] =
            "writes into the checkout's config/ and docker-compose.yml (scripts/compose-smoke runs it in a copy)",
        [("docs/containers.md", "docker compose ")] =
            "needs Docker (scripts/compose-smoke runs the stack)",
        [("docs/containers.md", "scripts/swarm-stack ")] =
            "deploys to a Docker Swarm manager (scripts/compose-smoke renders and deploys the stack)",
        [("docs/containers.md", "kubectl ")] =
            "needs a Kubernetes cluster (tests/Containers.Tests check and schema-validate the manifests)",
        [("docs/dashboard.md", "export DASHBOARD_READ_TOKEN=")] =
            "runs the dashboard until stopped (tests/Dashboard.Tests start it and drive its pages and API)",
        [("docs/dashboard.md", "docker compose ")] =
            "needs Docker (scripts/compose-smoke runs the stack)",
        [("docs/dashboard.md", "curl ")] =
            "needs a running dashboard (tests/Dashboard.Tests call every endpoint)",
        [("docs/containers.md", "sudo debootstrap ")] =
            "needs root, Docker and the Debian mirror (network)",
        [("docs/trader.md", "trader --config config/strategies/btc_binance_1h.yaml ")] =
            "trades against Binance until stopped (network)",
        [("docs/trader.md", "scripts/demo")] = "runs until stopped (tests/Trader.Tests run the demo's trader)",
        [("docs/trader.md", "backtester --config config/strategies/btc_binance_1h.yaml \\\n  --from")] =
            "needs a paper trader's history in the database (tests/Trader.Tests ParityTests run this parity check)",
        [("docs/trader.md", "sqlite3 data/trading.db ")] =
            "needs a paper trader's history in the database and the sqlite3 CLI",
    };

    private static string? SkipOf(CommandBlock block) => Skipped.FirstOrDefault(s => Matches(block, s.Key)).Value;

    private static bool Matches(CommandBlock block, (string File, string FirstCommand) key) =>
        block.File == key.File && block.Script.TrimStart().StartsWith(key.FirstCommand, StringComparison.Ordinal);

    private static readonly string[] Apps = ["Trader", "Backtester", "Backfiller", "ExchangeSim", "Dashboard"];

    public static TheoryData<string> Runnable()
    {
        var data = new TheoryData<string>();
        foreach (var block in CommandBlock.All.Where(b => SkipOf(b) is null)) data.Add(block.ToString());
        return data;
    }

    [Fact]
    public void Skipped_EveryEntryNamesADocumentedBlock()
    {
        Assert.All(Skipped.Keys, key => Assert.True(CommandBlock.All.Count(b => Matches(b, key)) == 1,
            $"{key.File}: not exactly one bash block starts with '{key.FirstCommand}'"));
        Assert.NotEmpty(Runnable());
    }

    [Theory]
    [MemberData(nameof(Runnable))]
    public async Task Run_DocumentedBlock_ExitsZeroWithoutWarnings(string name)
    {
        var block = CommandBlock.All.Single(b => b.ToString() == name);
        string dir = Directory.CreateTempSubdirectory("docs-").FullName;
        try
        {
            var (exitCode, output) = await RunAsync(block.Script, dir);
            Assert.True(exitCode == 0, $"{name}: exit {exitCode}\n{output}");
            Assert.DoesNotContain("   at ", output);
            Assert.DoesNotContain(" WRN ", output);
            Assert.DoesNotContain(" ERR ", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // The block runs under bash with -e (a failing command fails it) and -o pipefail; background jobs it starts are ended
    // when it ends, even on failure.
    private static async Task<(int ExitCode, string Output)> RunAsync(string script, string dir)
    {
        CopyFolder(Repository.Path("config"), Path.Combine(dir, "config"));
        CopyFolder(Repository.Path("data", "sample"), Path.Combine(dir, "data", "sample"));
        string bin = await CommandsFolderAsync(dir);
        var info = new ProcessStartInfo("bash") { WorkingDirectory = dir };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n" + script);
        info.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var name in new[] { "DATABASE_URL", "LOG_DIR", "LOG_LEVEL", "BINANCE_BASE_URL", "BINANCE_API_KEY", "BINANCE_API_SECRET" })
        {
            info.Environment.Remove(name);
        }
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromMinutes(10));
        return (exitCode, stdout + stderr);
    }

    // The installed commands when scripts/test has installed them (TRADER_INSTALLED_BIN: scripts/install's PREFIX/bin),
    // otherwise shims over the built apps.
    private static async Task<string> CommandsFolderAsync(string dir)
    {
        if (Environment.GetEnvironmentVariable("TRADER_INSTALLED_BIN") is { Length: > 0 } installed) return installed;
        string bin = Path.Combine(dir, ".bin");
        Directory.CreateDirectory(bin);
        foreach (var app in Apps)
        {
            string shim = Path.Combine(bin, app.ToLowerInvariant());
            await File.WriteAllTextAsync(shim, $"#!/bin/sh\nexec dotnet \"{Repository.BuiltApp(app)}\" \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return bin;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
