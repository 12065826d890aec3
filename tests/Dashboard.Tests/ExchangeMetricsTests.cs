using System.Diagnostics;
using System.Net;
using Trader.Database;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>
/// A real trader on exchangesim (with some failing requests) reports its exchange requests and rate-limit budget to
/// the database; the dashboard's /metrics serves exactly those figures, parsed strictly.
/// </summary>
public sealed class ExchangeMetricsTests : IAsyncLifetime
{
    private const string Name = "metered";
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private readonly string _dir = Directory.CreateTempSubdirectory("dashboard-metrics-").FullName;
    private ExchangeSimProcess _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await ExchangeSimProcess.StartAsync("--dialect", "binance", "--symbols", "BTC/BUSD", "--data", Repository.Path("data", "sample", "binance_BTCBUSD_1m.csv"),
            "--replay-from", "2022-12-13T06:00:00Z", "--speed", "60", "--balances", "BUSD=10000,BTC=0");

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        _backend.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Metrics_AfterATraderRanOnExchangeSim_RequestsErrorsSecondsAndBudgetAsTheDatabaseHolds()
    {
        await _sim.SetFaultsAsync(rate429: 0, rate5xx: 0.2, rateDrop: 0, seed: 7);
        string config = Path.Combine(_dir, Name + ".yaml");
        File.WriteAllText(config, $"""
            name: {Name}
            exchange: binance
            symbol: BTC/BUSD
            timeframe: 1m
            mode: paper
            strategy:
              type: rules
              params:
                indicators:
                  fast: {"{"} kind: ema, period: 5 {"}"}
                  slow: {"{"} kind: ema, period: 13 {"}"}
                entry: "fast > slow"
                exit: "fast < slow"
            risk: {"{"} stake: {"{"} fraction: 0.2 {"}"}, stop_loss: 0.004 {"}"}
            paper: {"{"} starting_balance: 5000, fee: 0.001, slippage: 0.0005 {"}"}
            """);
        await RunTraderForStepsAsync(config, steps: 4);

        using var db = await TradingDatabase.OpenAsync(_backend.Url(), DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, Ct);
        var stats = Assert.Single(await db.ExchangeStats.ListAsync(Ct));
        await using var server = await DashboardServer.StartAsync(_backend.Url(), TimeProvider.System);
        using var client = server.Client();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metrics = PrometheusText.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(Name, stats.Instance);
        Assert.Contains(stats.Calls, c => c.Method == "fetch_ohlcv" && c.Requests > 0);
        Assert.True(stats.Calls.Sum(c => c.Errors) > 0, "the simulator's 5xx answers are counted as errors");
        foreach (var call in stats.Calls)
        {
            (string, string)[] labels = [("instance", Name), ("method", call.Method)];
            Assert.Equal(call.Requests, metrics.Value("trader_exchange_requests_total", labels));
            Assert.Equal(call.Errors, metrics.Value("trader_exchange_request_errors_total", labels));
            Assert.Equal(call.Seconds, metrics.Value("trader_exchange_request_seconds_total", labels)!.Value, 9);
        }
        Assert.Equal(stats.Calls.Count, metrics.Samples.Count(s => s.Name == "trader_exchange_requests_total"));
        Assert.Equal(("counter", "counter", "counter", "gauge"), (metrics.Types["trader_exchange_requests_total"], metrics.Types["trader_exchange_request_errors_total"],
            metrics.Types["trader_exchange_request_seconds_total"], metrics.Types["trader_exchange_rate_limit_used"]));
        var budget = stats.Budget!;
        Assert.True(budget.Budget > 0);
        Assert.Equal(budget.Used, metrics.Value("trader_exchange_rate_limit_used", ("instance", Name)));
        Assert.Equal(budget.Budget, metrics.Value("trader_exchange_rate_limit_budget", ("instance", Name)));
    }

    // The trader as a real process until it stepped `steps` candles, then SIGTERM: it reports its last counts as it stops.
    private async Task RunTraderForStepsAsync(string config, int steps)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Repository.BuiltApp("Trader"), "--config", config }) info.ArgumentList.Add(arg);
        info.Environment["DATABASE_URL"] = _backend.Url();
        info.Environment["LOG_DIR"] = Path.Combine(_dir, "logs");
        info.Environment["BINANCE_BASE_URL"] = _sim.BaseUrl.ToString().TrimEnd('/');
        using var trader = Process.Start(info)!;
        var output = trader.StandardOutput.ReadToEndAsync();
        var errors = trader.StandardError.ReadToEndAsync();
        using (var db = await TradingDatabase.OpenAsync(_backend.Url(), DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, Ct))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while ((await db.Equity.ListAsync(Name, 0, long.MaxValue, Ct)).Count < steps)
            {
                if (timeout.IsCancellationRequested || trader.HasExited)
                    throw new TimeoutException($"the trader did not step {steps} candles (exited: {trader.HasExited}): {await OutputOf(trader, output, errors)}");
                await Task.Delay(200);
            }
        }
        using (var kill = Process.Start("kill", $"-15 {trader.Id}")) await kill.WaitForExitAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await trader.WaitForExitAsync(stop.Token);
        Assert.True(trader.ExitCode == 0, await OutputOf(trader, output, errors));
    }

    private static async Task<string> OutputOf(Process trader, Task<string> output, Task<string> errors)
    {
        if (!trader.HasExited) trader.Kill(entireProcessTree: true);
        return await output + await errors;
    }
}
