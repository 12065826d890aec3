using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog.Extensions.Logging;
using Trader.Dashboard.Api;
using Trader.Dashboard.Auth;
using Trader.Dashboard.Metrics;
using Trader.Dashboard.Pages;
using Trader.Database;
using Trader.Domain;
using Prometheus;

namespace Trader.Dashboard;

/// <summary>
/// Builds the dashboard's web application over an open database: the pages, the API, <c>/metrics</c> and the OpenAPI
/// description, token authentication with a read and a control scope, Kestrel on <see cref="DashboardSettings.Bind"/>.
/// Tests build it the same way, on port 0.
/// </summary>
internal static class DashboardApp
{
    public static WebApplication Build(DashboardSettings settings, TradingDatabase db, TimeProvider clock, Serilog.ILogger log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new SerilogLoggerProvider(log));
        // ASP.NET Core's own chatter (one line per request) only from warnings up; never request headers (tokens).
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(TokenAuthentication).FullName, LogLevel.Warning);
        // A failed start (port in use) is reported by Program in one line; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(settings.Bind, settings.Port));

        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(settings.Tokens);
        builder.Services.AddSingleton(new Fleet(db.Instances, db.Trades, db.Equity));
        builder.Services.AddSingleton(new ControlDesk(db.Controls, db.Instances, clock));
        builder.Services.AddSingleton<FleetMetrics>();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddAuthentication(TokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.Read, policy => policy.RequireClaim(Scopes.ClaimType, Scopes.Read))
            .AddPolicy(Scopes.Control, policy => policy.RequireClaim(Scopes.ClaimType, Scopes.Control));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurity>());

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json");
        ApiEndpoints.Map(app);
        ControlEndpoints.Map(app);
        PageAssets.Map(app);
        app.MapMetrics("/metrics", app.Services.GetRequiredService<FleetMetrics>().Registry).RequireAuthorization(Scopes.Read);
        return app;
    }

    /// <summary>Where a started <paramref name="app"/> listens, e.g. <c>http://127.0.0.1:8080</c> (the real port when 0 was asked for).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
