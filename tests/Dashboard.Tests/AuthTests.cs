using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Trader.Dashboard.Auth;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>
/// Tokens over real HTTP: no token or an unknown one is 401, the read token reads but cannot use the control scope
/// (checked on an endpoint the test maps with the control policy, as the coming controls will be), the control token can.
/// </summary>
public sealed class AuthTests : IAsyncLifetime
{
    private const string ControlPath = "/api/test/control";
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private DashboardServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await DashboardServer.StartAsync(_backend.Url(), new ManualClock(),
            app => app.MapPost(ControlPath, () => Results.Ok("controlled")).RequireAuthorization(Scopes.Control));

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _backend.Dispose();
    }

    [Theory]
    [InlineData("/api/instances")]
    [InlineData("/api/backtests")]
    [InlineData("/metrics")]
    public async Task Get_NoToken_401WithBearerChallenge(string path)
    {
        using var client = _server.Client(token: null);
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Get_UnknownToken_401()
    {
        using var client = _server.Client("not-the-token-0123456789");
        using var response = await client.GetAsync("/api/instances");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(DashboardServer.ReadToken)]
    [InlineData(DashboardServer.ControlToken)]
    public async Task Get_EitherToken_200(string token)
    {
        using var client = _server.Client(token);
        using var response = await client.GetAsync("/api/instances");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ControlScope_ReadToken_403()
    {
        using var client = _server.Client(DashboardServer.ReadToken);
        using var response = await client.PostAsync(ControlPath, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ControlScope_ControlToken_Allowed()
    {
        using var client = _server.Client(DashboardServer.ControlToken);
        using var response = await client.PostAsync(ControlPath, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/instance?name=x", "text/html")]
    [InlineData("/backtests", "text/html")]
    [InlineData("/assets/lightweight-charts.js", "text/javascript")]
    [InlineData("/openapi/v1.json", "application/json")]
    public async Task PagesAssetsAndOpenApi_NoToken_ServedWithoutData(string path, string type)
    {
        using var client = _server.Client(token: null);
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task OpenApi_Description_ListsTheApiAndDeclaresTheBearerToken()
    {
        using var client = _server.Client(token: null);
        using var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        foreach (var path in new[] { "/api/instances", "/api/instances/{name}", "/api/instances/{name}/positions", "/api/instances/{name}/orders",
                     "/api/instances/{name}/trades", "/api/instances/{name}/equity", "/api/instances/{name}/candles", "/api/backtests", "/api/backtests/{id}" })
            Assert.Contains(path, paths);
        Assert.Equal("bearer", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }
}
