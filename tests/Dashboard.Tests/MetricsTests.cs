using System.Net;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>/metrics over real HTTP, parsed strictly: per instance what the database holds.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 3, 5, 14, 30, 0, TimeSpan.Zero);
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private DashboardServer _server = null!;

    public async Task InitializeAsync() => _server = await DashboardServer.StartSeededAsync(_backend.Url(), new ManualClock(Now));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _backend.Dispose();
    }

    private async Task<PrometheusText.Exposition> ScrapeAsync()
    {
        using var client = _server.Client();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_SeededFleet_ParsesAndHoldsEachInstancesFigures()
    {
        var metrics = await ScrapeAsync();
        (string, string) Btc = ("instance", FleetSeed.Btc), Eth = ("instance", FleetSeed.Eth);

        Assert.All(metrics.Samples.Where(s => s.Name.StartsWith("trader_", StringComparison.Ordinal)), s => Assert.Equal("gauge", metrics.Types[s.Name]));
        Assert.Equal((double)FleetSeed.BtcEquity, metrics.Value("trader_instance_equity", Btc));
        Assert.Equal((double)FleetSeed.BtcCash, metrics.Value("trader_instance_cash", Btc));
        Assert.Equal((double)FleetSeed.BtcPositionValue, metrics.Value("trader_instance_position_value", Btc));
        Assert.Equal((double)FleetSeed.BtcOpenAmount, metrics.Value("trader_instance_position_amount", Btc));
        Assert.Equal((double)FleetSeed.BtcPnlToday, metrics.Value("trader_instance_pnl_today", Btc));
        Assert.Equal((double)FleetSeed.BtcPnlTotal, metrics.Value("trader_instance_pnl_total", Btc));
        Assert.Equal(30, metrics.Value("trader_instance_heartbeat_age_seconds", Btc));
        Assert.Equal(1, metrics.Value("trader_instance_running", Btc));
        Assert.Equal(1, metrics.Value("trader_instance_info", Btc, ("mode", "paper"), ("status", "running"), ("symbol", "BTC/USDT"), ("timeframe", "1h")));

        Assert.Null(metrics.Value("trader_instance_equity", Eth));
        Assert.Equal(0, metrics.Value("trader_instance_position_amount", Eth));
        Assert.Equal((double)FleetSeed.EthPnl, metrics.Value("trader_instance_pnl_total", Eth));
        Assert.Equal(FleetSeed.EthHeartbeatAgeMs / 1000.0, metrics.Value("trader_instance_heartbeat_age_seconds", Eth));
        Assert.Equal(0, metrics.Value("trader_instance_running", Eth));

        foreach (var (instance, orders) in new[] { (FleetSeed.Btc, FleetSeed.BtcOrders), (FleetSeed.Eth, FleetSeed.EthOrders) })
        {
            foreach (var status in Enum.GetValues<OrderStatus>())
                Assert.Equal(orders.GetValueOrDefault(status), metrics.Value("trader_instance_orders", ("instance", instance), ("status", status.ToString().ToLowerInvariant())));
        }
    }

    [Fact]
    public async Task Metrics_InstanceRegisteredAfterAScrape_AppearsInTheNext()
    {
        Assert.Null((await ScrapeAsync()).Value("trader_instance_running", ("instance", "sol-binance-4h")));
        using (var db = await Trader.Database.TradingDatabase.OpenAsync(_backend.Url(), Trader.Database.DatabaseOptions.Default, new ManualClock(Now), Serilog.Core.Logger.None, CancellationToken.None))
            await db.Instances.RegisterAsync(new InstanceRegistration("sol-binance-4h", "h", TradingMode.Paper, "binance", "SOL/USDT", Timeframe.H4, "0.1.0", Now.ToUnixTimeMilliseconds()), CancellationToken.None);

        var metrics = await ScrapeAsync();

        Assert.Equal(1, metrics.Value("trader_instance_running", ("instance", "sol-binance-4h")));
        Assert.Equal(0, metrics.Value("trader_instance_heartbeat_age_seconds", ("instance", "sol-binance-4h")));
    }

    [Fact]
    public async Task GrafanaDashboard_UsesOnlyServedMetricsAndShowsEveryOperatorSeries()
    {
        var served = (await ScrapeAsync()).Types.Keys.ToHashSet();
        using var grafana = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repository.Path("deploy", "grafana", "dashboards", "trader-fleet.json")));
        var queries = grafana.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();

        Assert.NotEmpty(queries);
        var used = queries.SelectMany(q => System.Text.RegularExpressions.Regex.Matches(q, @"\btrader_[a-z_]+").Select(m => m.Value)).ToHashSet();
        Assert.Empty(used.Except(served));
        // What the issue asks an operator to see: equity, position, P&L, orders, heartbeats, and the exchange's latency,
        // errors and rate-limit budget.
        string[] shown = ["trader_instance_equity", "trader_instance_position_value", "trader_instance_pnl_total", "trader_instance_orders",
            "trader_instance_heartbeat_age_seconds", "trader_exchange_requests_total", "trader_exchange_request_errors_total",
            "trader_exchange_request_seconds_total", "trader_exchange_rate_limit_used", "trader_exchange_rate_limit_budget"];
        Assert.Empty(shown.Except(used));
    }

    [Theory]
    [InlineData("# TYPE a gauge\na 1", "does not end with a newline")]
    [InlineData("a 1\n", "before the TYPE")]
    [InlineData("# TYPE a gauge\na{x=\"1\"} one\n", "not a float")]
    [InlineData("# TYPE a gauge\na{x=1} 1\n", "malformed labels")]
    [InlineData("# TYPE a gauge\na 1\na 2\n", "duplicate series")]
    [InlineData("# TYPE a gauge\n# TYPE a counter\n", "second TYPE")]
    public void Parser_MalformedExposition_Refused(string text, string why)
    {
        var e = Assert.Throws<FormatException>(() => PrometheusText.Parse(text));

        Assert.Contains(why, e.Message);
    }
}
