using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Trader.Dashboard.Auth;
using Trader.Database;
using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>
/// The dashboard as the app builds it, listening on 127.0.0.1 on a free port over a real database (SQLite or
/// PostgreSQL): tests talk to it over real HTTP. <paramref name="extend"/> may map more endpoints before it starts.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    public const string ReadToken = "read-token-0123456789abcdef";
    public const string ControlToken = "control-token-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly TradingDatabase _db;

    private DashboardServer(WebApplication app, TradingDatabase db, Uri address)
    {
        _app = app;
        _db = db;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<DashboardServer> StartAsync(string databaseUrl, TimeProvider clock, Action<WebApplication>? extend = null)
    {
        var db = await TradingDatabase.OpenAsync(databaseUrl, DatabaseOptions.Default, clock, Serilog.Core.Logger.None, CancellationToken.None);
        var settings = new DashboardSettings(databaseUrl, System.Net.IPAddress.Loopback, 0, new AccessTokens(new Secret(ReadToken), new Secret(ControlToken)));
        var app = DashboardApp.Build(settings, db, clock, Serilog.Core.Logger.None);
        extend?.Invoke(app);
        await app.StartAsync();
        return new DashboardServer(app, db, DashboardApp.Address(app));
    }

    /// <summary>Seeds <see cref="FleetSeed"/> at the clock's now into the database at <paramref name="databaseUrl"/>, then starts the server over it.</summary>
    public static async Task<DashboardServer> StartSeededAsync(string databaseUrl, TimeProvider clock)
    {
        using (var db = await TradingDatabase.OpenAsync(databaseUrl, DatabaseOptions.Default, clock, Serilog.Core.Logger.None, CancellationToken.None))
            await FleetSeed.SeedAsync(db, clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await StartAsync(databaseUrl, clock);
    }

    /// <summary>A client of the server sending <paramref name="token"/> as its bearer token (none when null).</summary>
    public HttpClient Client(string? token = ReadToken)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _db.Dispose();
    }
}
