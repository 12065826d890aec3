using Trader.Core.Config;

namespace Trader.Containers.Tests;

public sealed class ComposeFileTests
{
    [Fact]
    public void Problems_ShippedComposeFiles_None()
    {
        var problems = ComposeChecks.Problems(Repo.Root);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Traders_ShippedComposeFile_OneServicePerExchangeStrategyYaml()
    {
        // exchange: sim instances run the simulator in-process (a local demo); every other YAML is a container.
        var expected = Directory.GetFiles(Repo.File("config", "strategies"), "*.yaml")
            .Where(f => ConfigLoader.Load(f).Exchange != "sim")
            .Select(f => "config/strategies/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        var compose = ComposeFile.Load(Repo.File(ComposeChecks.ComposeName));

        var configs = ComposeChecks.Traders(compose).Select(s => s.Command[^1]).Order(StringComparer.Ordinal);

        Assert.Equal(expected, configs);
        Assert.Contains("btc_binance_1h", compose.Services.Keys);
    }

    [Fact]
    public void Services_ShippedComposeFile_BackfillerScheduledBeforeTradersToolsAndDemoProfiles()
    {
        var services = ComposeFile.Load(Repo.File(ComposeChecks.ComposeName)).Services;

        Assert.Equal(["backfiller"], services["backfiller"].Entrypoint);
        Assert.Equal(["--from-strategies", "config/strategies/"], services["backfiller"].Command.Take(2));
        Assert.Contains("--every", services["backfiller"].Command);
        Assert.All(ComposeChecks.Traders(ComposeFile.Load(Repo.File(ComposeChecks.ComposeName))),
            t => Assert.Equal("[ backfiller ]", t.Keys["depends_on"].ToString()));
        Assert.Equal("[ tools ]", services["backtester"].Keys["profiles"].ToString());
        Assert.Equal("[ demo ]", services["exchangesim"].Keys["profiles"].ToString());
    }

    [Fact]
    public void Problems_InlinedSecretMissingYamlAndUndocumentedVariable_EachReported()
    {
        using var copy = RepoCopy.Create();
        var compose = File.ReadAllText(copy.File(ComposeChecks.ComposeName))
            .Replace("environment: { TRADER_CONFIG: config/strategies/btc_binance_1h.yaml }",
                "environment: { TRADER_CONFIG: config/strategies/btc_binance_1h.yaml, BINANCE_API_SECRET: s3cr3t }", StringComparison.Ordinal)
            .Replace("config/strategies/eth_binance_15m.yaml", "config/strategies/missing.yaml", StringComparison.Ordinal)
            .Replace("${TRADER_IMAGE:-trader:latest}", "${UNDOCUMENTED_IMAGE:-trader:latest}", StringComparison.Ordinal);
        File.WriteAllText(copy.File(ComposeChecks.ComposeName), compose);

        var problems = ComposeChecks.Problems(copy.Root);

        Assert.Contains(problems, p => p.Contains("BINANCE_API_SECRET is inlined", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("config/strategies/missing.yaml does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("${UNDOCUMENTED_IMAGE} is not documented", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ServiceMissingFromLoopbackOverride_Reported()
    {
        using var copy = RepoCopy.Create();
        var loopback = copy.File(ComposeChecks.LoopbackName);
        File.WriteAllText(loopback, File.ReadAllText(loopback).Replace("  eth_binance_15m: *loopback\n", "", StringComparison.Ordinal));

        var problems = ComposeChecks.Problems(copy.Root);

        Assert.Equal([$"eth_binance_15m: missing from {ComposeChecks.LoopbackName} with network_mode: host"], problems);
    }

    [Fact]
    public void Problems_InvalidStrategyYaml_ReportedWithTheLoaderMessage()
    {
        using var copy = RepoCopy.Create();
        var yaml = copy.File("config", "strategies", "sol_binance_4h.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("stop_loss:", "stop_los:", StringComparison.Ordinal));

        var problems = ComposeChecks.Problems(copy.Root);

        var problem = Assert.Single(problems);
        Assert.Contains("sol_binance_4h: config/strategies/sol_binance_4h.yaml does not validate", problem, StringComparison.Ordinal);
        Assert.Contains("stop_loss", problem, StringComparison.Ordinal);
    }
}
