using System.Net;
using System.Text.Json;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>The REST API over real HTTP on 127.0.0.1, against a database seeded through the stores, on both backends.</summary>
public abstract class ApiTests(DatabaseBackend backend) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 3, 5, 14, 30, 0, TimeSpan.Zero);
    private DashboardServer _server = null!;

    private static long NowMs => Now.ToUnixTimeMilliseconds();

    public async Task InitializeAsync() => _server = await DashboardServer.StartSeededAsync(backend.Url(), new ManualClock(Now));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        backend.Dispose();
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var client = _server.Client();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Instances_SeededFleet_StatusPositionPnlAndEquityAsStored()
    {
        var instances = (await GetAsync("/api/instances")).EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);

        Assert.Equal([FleetSeed.Btc, FleetSeed.Eth], instances.Keys.Order());
        var btc = instances[FleetSeed.Btc];
        Assert.Equal("running", btc.GetProperty("status").GetString());
        Assert.Equal("paper", btc.GetProperty("mode").GetString());
        Assert.Equal("1h", btc.GetProperty("timeframe").GetString());
        Assert.Equal(30_000, btc.GetProperty("heartbeat_age_ms").GetInt64());
        Assert.Equal(FleetSeed.BtcOpenAmount, btc.GetProperty("position").GetProperty("amount").GetDecimal());
        Assert.Equal(FleetSeed.BtcOpenPrice, btc.GetProperty("position").GetProperty("entry_price").GetDecimal());
        Assert.Equal(FleetSeed.BtcPnlToday, btc.GetProperty("pnl_today").GetDecimal());
        Assert.Equal(FleetSeed.BtcPnlTotal, btc.GetProperty("pnl_total").GetDecimal());
        Assert.Equal(3, btc.GetProperty("closed_trades").GetInt32());
        Assert.Equal(FleetSeed.BtcEquity, btc.GetProperty("equity").GetProperty("equity").GetDecimal());
        Assert.Equal(FleetSeed.BtcPositionValue, btc.GetProperty("equity").GetProperty("position_value").GetDecimal());

        var eth = instances[FleetSeed.Eth];
        Assert.Equal("stopped", eth.GetProperty("status").GetString());
        Assert.Equal("live", eth.GetProperty("mode").GetString());
        Assert.Equal(FleetSeed.EthHeartbeatAgeMs, eth.GetProperty("heartbeat_age_ms").GetInt64());
        Assert.Equal(JsonValueKind.Null, eth.GetProperty("position").ValueKind);
        Assert.Equal(FleetSeed.EthPnl, eth.GetProperty("pnl_today").GetDecimal());
        Assert.Equal(FleetSeed.EthPnl, eth.GetProperty("pnl_total").GetDecimal());
        Assert.Equal(JsonValueKind.Null, eth.GetProperty("equity").ValueKind);
    }

    [Fact]
    public async Task InstanceDetails_Btc_PositionsTradesOrdersEquityAndCandles()
    {
        var positions = await GetAsync($"/api/instances/{FleetSeed.Btc}/positions");
        Assert.Equal(FleetSeed.BtcOpenPrice, Assert.Single(positions.EnumerateArray()).GetProperty("entry_price").GetDecimal());

        var trades = (await GetAsync($"/api/instances/{FleetSeed.Btc}/trades")).EnumerateArray().ToList();
        Assert.Equal(4, trades.Count);
        Assert.Equal(FleetSeed.BtcPnlTotal, trades.Where(t => !t.GetProperty("is_open").GetBoolean()).Sum(t => t.GetProperty("pnl").GetDecimal()));

        var orders = (await GetAsync($"/api/instances/{FleetSeed.Btc}/orders")).EnumerateArray().ToList();
        Assert.Equal(FleetSeed.BtcOrders.OrderBy(p => p.Key).Select(p => (p.Key.ToString().ToLowerInvariant(), p.Value)),
            orders.GroupBy(o => o.GetProperty("status").GetString()!).Select(g => (g.Key, g.Count())).OrderBy(p => Enum.Parse<Trader.Domain.OrderStatus>(p.Key, true)));

        var equity = (await GetAsync($"/api/instances/{FleetSeed.Btc}/equity")).EnumerateArray().ToList();
        Assert.Equal([10050m, FleetSeed.BtcEquity], equity.Select(e => e.GetProperty("equity").GetDecimal()));

        var candles = (await GetAsync($"/api/instances/{FleetSeed.Btc}/candles")).EnumerateArray().ToList();
        Assert.Equal(FleetSeed.BtcCandles, candles.Count);
        var openTimes = candles.Select(c => c.GetProperty("open_time_ms").GetInt64()).ToList();
        Assert.Equal(openTimes.Order(), openTimes);
        Assert.Equal(43_005 + FleetSeed.BtcCandles - 1, candles[^1].GetProperty("close").GetDouble());

        var lastTwo = (await GetAsync($"/api/instances/{FleetSeed.Btc}/candles?from={openTimes[^2]}&to={NowMs}")).EnumerateArray();
        Assert.Equal(openTimes[^2..], lastTwo.Select(c => c.GetProperty("open_time_ms").GetInt64()));
    }

    [Fact]
    public async Task Backtests_TwoRuns_NewestFirstWithTheirMetricsAsJson()
    {
        var runs = (await GetAsync("/api/backtests")).EnumerateArray().ToList();

        Assert.Equal([FleetSeed.Eth, FleetSeed.Btc], runs.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(0.125, runs[1].GetProperty("metrics").GetProperty("total_return").GetDouble());
        var one = await GetAsync($"/api/backtests/{runs[1].GetProperty("id").GetInt64()}");
        Assert.Equal(14, one.GetProperty("metrics").GetProperty("trades").GetInt32());
    }

    [Theory]
    [InlineData("/api/instances/nobody")]
    [InlineData("/api/instances/nobody/orders")]
    [InlineData("/api/backtests/999999")]
    public async Task Unknown_InstanceOrRun_404SayingWhat(string path)
    {
        using var client = _server.Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(path.Contains("backtests", StringComparison.Ordinal) ? "No backtest run 999999" : "No instance 'nobody'", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqliteApiTests() : ApiTests(DatabaseBackend.Sqlite());

public sealed class PostgresApiTests() : ApiTests(DatabaseBackend.Postgres());
