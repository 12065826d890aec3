using System.Diagnostics;
using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Testing;

namespace Trader.Containers.Tests;

public sealed class AddInstanceTests
{
    [Theory]
    [InlineData("binance")]
    [InlineData("bybit")]
    [InlineData("coinbase")]
    [InlineData("kraken")]
    public async Task AddInstance_NewSymbol_WritesValidYamlAndServicesThatPassTheComposeChecks(string exchange)
    {
        using var copy = RepoCopy.Create();
        string name = $"xrp_{exchange}_1h";

        var (code, output) = await RunAsync(copy, "--exchange", exchange, "--symbol", "XRP/USDT", "--timeframe", "1h", "--strategy", "macd");

        Assert.True(code == 0, output);
        var config = ConfigLoader.Load(copy.File("config", "strategies", name + ".yaml"));
        Assert.Equal((name, exchange, "XRP/USDT", "1h", "macd"),
            (config.Name, config.Exchange, config.Symbol, config.Timeframe.ToString(), config.Strategy.Type));
        var service = ComposeFile.Load(copy.File(ComposeChecks.ComposeName)).Services[name];
        Assert.Equal(["trader"], service.Entrypoint);
        Assert.Equal(["--config", $"config/strategies/{name}.yaml"], service.Command);
        Assert.Equal("host", ComposeFile.Load(copy.File(ComposeChecks.LoopbackName)).Services[name].Scalar("network_mode"));
        var deployment = KubernetesManifests.Load(copy.Root).Resources.Single(r => r.Kind == "Deployment" && r.Name == name.Replace('_', '-'));
        Assert.Equal(["--config", $"config/strategies/{name}.yaml"], deployment.Containers.Single().Words("args"));
        var problems = ComposeChecks.Problems(copy.Root).Concat(KubernetesChecks.Problems(copy.Root)).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains($"ok: config/strategies/{name}.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddInstance_TwoInstances_BothAppendedAfterTheShippedServices()
    {
        using var copy = RepoCopy.Create();

        var first = await RunAsync(copy, "--exchange", "binance", "--symbol", "ADA/USDT", "--timeframe", "4h", "--strategy", "rsi");
        var second = await RunAsync(copy, "--exchange", "binance", "--symbol", "ADA/USDT", "--timeframe", "1d", "--strategy", "ma_crossover", "--name", "ada-daily");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.Output + second.Output);
        var traders = ComposeChecks.Traders(ComposeFile.Load(copy.File(ComposeChecks.ComposeName))).Select(s => s.Name).ToList();
        Assert.Equal(["btc_binance_1h", "eth_binance_15m", "sol_binance_4h", "avax_bybit_1h", "sol_kraken_4h", "btc_coinbase_1h", "ada_binance_4h", "ada-daily"], traders);
        Assert.Empty(ComposeChecks.Problems(copy.Root));
        Assert.Empty(KubernetesChecks.Problems(copy.Root));
    }

    [Fact]
    public async Task AddInstance_UnknownStrategy_Exit2AndNothingChanged()
    {
        using var copy = RepoCopy.Create();
        var before = Snapshot(copy);

        var (code, output) = await RunAsync(copy, "--exchange", "binance", "--symbol", "XRP/USDT", "--timeframe", "1h", "--strategy", "rsii");

        Assert.Equal(2, code);
        Assert.Contains("rsii", output, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(copy));
    }

    [Fact]
    public async Task AddInstance_ExistingInstance_Exit2AndNothingChanged()
    {
        using var copy = RepoCopy.Create();
        var before = Snapshot(copy);

        var (code, output) = await RunAsync(copy, "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h", "--strategy", "rsi");

        Assert.Equal(2, code);
        Assert.Contains("btc_binance_1h.yaml already exists", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(copy));
    }

    [Fact]
    public async Task AddInstance_BadTimeframe_Exit2WithTheAcceptedValues()
    {
        using var copy = RepoCopy.Create();
        var before = Snapshot(copy);

        var (code, output) = await RunAsync(copy, "--exchange", "binance", "--symbol", "XRP/USDT", "--timeframe", "2m", "--strategy", "rsi");

        Assert.Equal(2, code);
        Assert.Contains("15m", output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(copy));
    }

    // Every file of the copy with its content, to prove a failed run left nothing behind.
    private static string Snapshot(RepoCopy copy) => string.Join("\n", Directory.GetFiles(copy.Root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => f + "\n" + File.ReadAllText(f)));

    private static async Task<(int ExitCode, string Output)> RunAsync(RepoCopy copy, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = copy.Root };
        info.ArgumentList.Add(copy.File("scripts", "add-instance"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["TRADER"] = "dotnet " + Path.Combine(AppContext.BaseDirectory, "Trader.dll");
        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));
        return (code, stdout + stderr);
    }
}
