using System.CommandLine;
using Trader.Dashboard;
using Trader.Database;
using Trader.Hosting.Cli;
using Trader.Hosting.Config;
using Trader.Hosting.Logging;

var root = new RootCommand(
    "dashboard: one web process for the whole fleet, reading the shared database (DATABASE_URL): pages, a REST API under /api, " +
    "/metrics for Prometheus and /openapi/v1.json. Settings from the environment or .env: DASHBOARD_READ_TOKEN (required), " +
    "DASHBOARD_CONTROL_TOKEN, DASHBOARD_BIND (default 127.0.0.1), DASHBOARD_PORT (default 8080). Runs until Ctrl+C or SIGTERM.");
root.SetAction(async (parse, ct) =>
{
    var variables = TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables());
    var settings = DashboardSettings.From(variables);
    using var log = LogBootstrap.Create("dashboard", TraderEnvironment.From(variables));
    using var db = await TradingDatabase.OpenAsync(settings.DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, log, ct);
    await using var app = DashboardApp.Build(settings, db, TimeProvider.System, log);
    try
    {
        await app.StartAsync(ct);
    }
    catch (IOException e)
    {
        // Kestrel's "address already in use" and friends: say which address, without a stack trace.
        Console.Error.WriteLine($"error: cannot listen on {settings.Bind}:{settings.Port} ({e.Message}). Stop what uses it or set {DashboardSettings.PortVariable}.");
        return ExitCodes.RuntimeFailure;
    }
    // The bound address (with DASHBOARD_PORT=0 the port chosen); scripts and tests read this line.
    log.Information("Dashboard over {Database} listening on {Url}", db.Location, DashboardApp.Address(app));
    await app.WaitForShutdownAsync(ct);
    return ExitCodes.Ok;
});
return await CommandLineApp.RunAsync(root, args);
