using Trader.Hosting.Config;

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
    public void Traders_ShippedComposeFile_OneServicePerShippedInstanceNamedAfterItsYaml()
    {
        // Not every YAML is a container: exchange: sim runs its simulator in-process (a local demo) and examples stay
        // examples; the five shipped instances are.
        var compose = ComposeFile.Load(Repo.File(ComposeChecks.ComposeName));

        var traders = ComposeChecks.Traders(compose).ToDictionary(s => s.Name, s => s.Command[^1]);

        Assert.Equal(new Dictionary<string, string>
        {
            ["btc_binance_1h"] = "config/strategies/btc_binance_1h.yaml",
            ["eth_binance_15m"] = "config/strategies/eth_binance_15m.yaml",
            ["sol_binance_4h"] = "config/strategies/sol_binance_4h.yaml",
            ["avax_bybit_1h"] = "config/strategies/avax_bybit_1h.yaml",
            ["sol_kraken_4h"] = "config/strategies/sol_kraken_4h.yaml",
            ["btc_coinbase_1h"] = "config/strategies/btc_coinbase_1h.yaml",
        }, traders);
        Assert.All(traders.Values, config => Assert.NotEqual("sim", ConfigLoader.Load(Repo.File(config)).Exchange));
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
        Assert.Equal("[ demo ]", services["exchangesim_bybit"].Keys["profiles"].ToString());
        Assert.Equal("[ demo ]", services["exchangesim_coinbase"].Keys["profiles"].ToString());
    }

    [Fact]
    public void Services_ShippedComposeFile_DashboardAloneOrWithPrometheusAndGrafanaOnLoopback()
    {
        var services = ComposeFile.Load(Repo.File(ComposeChecks.ComposeName)).Services;

        Assert.Equal(["dashboard"], services["dashboard"].Entrypoint);
        Assert.Equal("[ dashboard, monitoring ]", services["dashboard"].Keys["profiles"].ToString());
        Assert.Equal("[ monitoring ]", services["prometheus"].Keys["profiles"].ToString());
        Assert.Equal("[ monitoring ]", services["grafana"].Keys["profiles"].ToString());
        // Published on the host's loopback only.
        foreach (var name in new[] { "dashboard", "prometheus", "grafana" })
            Assert.All(((YamlDotNet.RepresentationModel.YamlSequenceNode)services[name].Keys["ports"]).Children,
                port => Assert.StartsWith("127.0.0.1:", ((YamlDotNet.RepresentationModel.YamlScalarNode)port).Value));
        Assert.True(File.Exists(Repo.File("deploy/grafana/dashboards/trader-fleet.json")));
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
    public void Problems_UnplacedInstanceAndUnknownSwarmService_Reported()
    {
        using var copy = RepoCopy.Create();
        var compose = copy.File(ComposeChecks.ComposeName);
        File.WriteAllText(compose, File.ReadAllText(compose)
            .Replace("  sol_binance_4h:\n    <<: *instance\n", "  sol_binance_4h:\n    <<: *instance\n    deploy: { resources: { limits: { cpus: \"0.5\", memory: 512m } } }\n", StringComparison.Ordinal));
        var swarm = copy.File(ComposeChecks.SwarmName);
        File.WriteAllText(swarm, File.ReadAllText(swarm).Replace("  postgres:\n", "  postgress:\n", StringComparison.Ordinal));

        var problems = ComposeChecks.Problems(copy.Root);

        Assert.Equal([$"{ComposeChecks.SwarmName}: service postgress is not in {ComposeChecks.ComposeName}",
            $"sol_binance_4h: deploy.placement.constraints must be [{ComposeChecks.AppsPlacement}] (where a Swarm runs instances)"], problems);
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
