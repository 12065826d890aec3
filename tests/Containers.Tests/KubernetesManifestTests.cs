using System.Diagnostics;
using Trader.Testing;

namespace Trader.Containers.Tests;

public sealed class KubernetesManifestTests
{
    private static readonly string Validator = Repo.File("tests", "Containers.Tests", "KubernetesSchema", "validate.mjs");

    [Fact]
    public void Problems_ShippedManifests_None()
    {
        var problems = KubernetesChecks.Problems(Repo.Root);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Resources_ShippedManifests_OneDeploymentPerComposeInstanceTheBackfillerAsCronJobAndPostgres()
    {
        var k8s = KubernetesManifests.Load(Repo.Root);

        var workloads = k8s.Resources.Where(r => r.PodSpec is not null).Select(r => $"{r.Kind} {r.Name}").Order(StringComparer.Ordinal);

        Assert.Equal(["CronJob backfiller", "Deployment avax-bybit-1h", "Deployment btc-binance-1h", "Deployment btc-coinbase-1h", "Deployment eth-binance-15m", "Deployment sol-binance-4h", "Deployment sol-kraken-4h", "StatefulSet postgres"], workloads);
        Assert.Equal(8, k8s.StrategyFiles.Count);
    }

    [Fact]
    public void Problems_InlinedSecretMissingDeploymentStaleConfigMapAndWrongArgs_EachReported()
    {
        using var copy = RepoCopy.Create();
        var kustomization = copy.File(KubernetesManifests.KustomizationName);
        File.WriteAllText(kustomization, File.ReadAllText(kustomization)
            .Replace("  - deploy/kubernetes/instances/eth_binance_15m.yaml\n", "", StringComparison.Ordinal)
            .Replace("      - config/strategies/demo_sim.yaml\n", "", StringComparison.Ordinal));
        var btc = copy.File("deploy", "kubernetes", "instances", "btc_binance_1h.yaml");
        File.WriteAllText(btc, File.ReadAllText(btc)
            .Replace("- { name: TRADER_CONFIG, value: config/strategies/btc_binance_1h.yaml }",
                "- { name: TRADER_CONFIG, value: config/strategies/btc_binance_1h.yaml }\n            - { name: BINANCE_API_SECRET, value: s3cr3t }", StringComparison.Ordinal)
            .Replace("args: [\"--config\", \"config/strategies/btc_binance_1h.yaml\"]", "args: [\"--config\", \"config/strategies/eth_binance_15m.yaml\"]", StringComparison.Ordinal));

        var problems = KubernetesChecks.Problems(copy.Root);

        Assert.Contains(problems, p => p.Contains("eth_binance_15m: needs exactly one Deployment", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must be every file in config/strategies/", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("env BINANCE_API_SECRET has an inline value", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Deployment btc-binance-1h: args must be [--config, config/strategies/btc_binance_1h.yaml]", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Problems_SecretManifestAndUnknownApp_Reported()
    {
        using var copy = RepoCopy.Create();
        File.WriteAllText(copy.File("deploy", "kubernetes", "secret.yaml"),
            "apiVersion: v1\nkind: Secret\nmetadata: { name: trader-secrets }\nstringData: { BINANCE_API_KEY: abc }\n");
        var kustomization = copy.File(KubernetesManifests.KustomizationName);
        File.WriteAllText(kustomization, File.ReadAllText(kustomization)
            .Replace("resources:\n", "resources:\n  - deploy/kubernetes/secret.yaml\n", StringComparison.Ordinal));
        var backfiller = copy.File("deploy", "kubernetes", "backfiller.yaml");
        File.WriteAllText(backfiller, File.ReadAllText(backfiller).Replace("command: [\"backfiller\"]", "command: [\"backfill\"]", StringComparison.Ordinal));

        var problems = KubernetesChecks.Problems(copy.Root);

        Assert.Contains(problems, p => p.Contains("Secret trader-secrets is in the repository", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("CronJob backfiller: command must start with one of the image's apps (backfiller, backtester, dashboard, exchangesim, trader)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_ShippedManifests_ValidAgainstTheKubernetesApi()
    {
        var files = KubernetesManifests.Load(Repo.Root).ResourceFiles.Select(f => Repo.File(f)).ToArray();

        var (code, output) = await ValidateAsync(files);

        Assert.True(code == 0, output);
        Assert.Contains($"ok: {KubernetesManifests.Load(Repo.Root).Resources.Count} documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_WrongTypesAndMissingField_RejectedWithTheirPaths()
    {
        using var copy = RepoCopy.Create();
        var btc = copy.File("deploy", "kubernetes", "instances", "btc_binance_1h.yaml");
        File.WriteAllText(btc, File.ReadAllText(btc)
            .Replace("replicas: 1", "replicas: one", StringComparison.Ordinal)
            .Replace("- name: trader\n          image: trader\n", "- image: trader\n", StringComparison.Ordinal));

        var (code, output) = await ValidateAsync(btc);

        Assert.Equal(1, code);
        Assert.Contains("Deployment/btc-binance-1h", output, StringComparison.Ordinal);
        Assert.Contains("data/spec/replicas must be integer", output, StringComparison.Ordinal);
        Assert.Contains("must have required property name", output, StringComparison.Ordinal);
    }

    // node with the validator's packages (scripts/test-prerequisites installs them, as it installs Chromium).
    private static async Task<(int ExitCode, string Output)> ValidateAsync(params string[] files)
    {
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Validator)!, "node_modules", "kubernetes-models")),
            "the schema validator's npm packages are missing: run scripts/test-prerequisites");
        var info = new ProcessStartInfo("node");
        info.ArgumentList.Add(Validator);
        foreach (var file in files) info.ArgumentList.Add(file);
        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));
        return (code, stdout + stderr);
    }
}
