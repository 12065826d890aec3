using System.Net;
using System.Text.Json;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>Operator commands over the REST API (control scope to issue, read scope to list), on both backends.</summary>
public abstract class ControlApiTests(DatabaseBackend backend) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 3, 5, 14, 30, 0, TimeSpan.Zero);
    private DashboardServer _server = null!;

    public async Task InitializeAsync() => _server = await DashboardServer.StartSeededAsync(backend.Url(), new ManualClock(Now));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        backend.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string path, string token, string? key = null)
    {
        using var client = _server.Client(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    [Fact]
    public async Task Post_ControlTokenTwiceWithOneKey_OnePendingCommandListed()
    {
        var (first, command) = await PostAsync($"/api/instances/{FleetSeed.Btc}/control/pause", DashboardServer.ControlToken, "k-1");
        var (again, same) = await PostAsync($"/api/instances/{FleetSeed.Btc}/control/pause", DashboardServer.ControlToken, "k-1");

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first, again));
        Assert.Equal(("k-1", "pause", "pending", "dashboard", Now.ToUnixTimeMilliseconds()),
            (command.GetProperty("id").GetString(), command.GetProperty("action").GetString(), command.GetProperty("status").GetString(),
             command.GetProperty("issued_by").GetString(), command.GetProperty("issued_ms").GetInt64()));
        Assert.Equal("k-1", same.GetProperty("id").GetString());
        using var client = _server.Client();
        var listed = JsonDocument.Parse(await client.GetStringAsync($"/api/instances/{FleetSeed.Btc}/commands")).RootElement;
        Assert.Equal("k-1", Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        var one = JsonDocument.Parse(await client.GetStringAsync("/api/commands/k-1")).RootElement;
        Assert.Equal("pending", one.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Alerts_Outbox_NewestFirst()
    {
        using (var db = await Trader.Database.TradingDatabase.OpenAsync(backend.Url(), Trader.Database.DatabaseOptions.Default, new ManualClock(Now),
            Serilog.Core.Logger.None, CancellationToken.None))
        {
            await db.Alerts.AddAsync(new Trader.Domain.AlertEvent("fill:a", FleetSeed.Btc, "entry", 1_000, "bought"), 2_000, CancellationToken.None);
            await db.Alerts.AddAsync(new Trader.Domain.AlertEvent("fill:b", FleetSeed.Btc, "stop_hit", 3_000, "sold"), 4_000, CancellationToken.None);
        }
        using var client = _server.Client();

        var alerts = JsonDocument.Parse(await client.GetStringAsync("/api/alerts")).RootElement.EnumerateArray().ToList();

        Assert.Equal(["fill:b", "fill:a"], alerts.Select(a => a.GetProperty("key").GetString()));
        Assert.Equal(("stop_hit", "sold", 3_000L), (alerts[0].GetProperty("kind").GetString(), alerts[0].GetProperty("text").GetString(), alerts[0].GetProperty("time_ms").GetInt64()));
    }

    [Fact]
    public async Task Post_ReadToken_Forbidden()
    {
        var (status, _) = await PostAsync($"/api/instances/{FleetSeed.Btc}/control/stop", DashboardServer.ReadToken);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Post_UnknownInstanceOrAction_404Or400WithReason()
    {
        var (unknownInstance, instanceProblem) = await PostAsync("/api/instances/ghost/control/pause", DashboardServer.ControlToken);
        var (unknownAction, actionProblem) = await PostAsync($"/api/instances/{FleetSeed.Btc}/control/explode", DashboardServer.ControlToken);

        Assert.Equal(HttpStatusCode.NotFound, unknownInstance);
        Assert.Contains("No instance 'ghost'", instanceProblem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, unknownAction);
        Assert.Contains("one of: pause, resume, force-exit, reset-breaker, stop", actionProblem.GetProperty("detail").GetString());
    }
}

public sealed class SqliteControlApiTests() : ControlApiTests(DatabaseBackend.Sqlite());

public sealed class PostgresControlApiTests() : ControlApiTests(DatabaseBackend.Postgres());
