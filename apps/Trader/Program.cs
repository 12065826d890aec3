using System.CommandLine;
using System.Reflection;
using Serilog;
using Trader.Trader.Run;
using Trader.Trader.Status;
using Trader.Domain;
using Trader.Strategies;
using Trader.Hosting.Config;
using Trader.Hosting.Cli;
using Trader.Hosting.Logging;
using Trader.Database;
using Trader.Exchange;

var version = typeof(InstanceRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

var config = new Option<FileInfo>("--config") { Description = "Strategy instance YAML, e.g. config/strategies/btc_binance_1h.yaml." };
var root = new RootCommand("trader: runs one strategy instance described by one YAML file (paper or live) until stopped (Ctrl+C or SIGTERM).");
root.Options.Add(config);
root.SetAction(async (parse, ct) =>
{
    if (parse.GetValue(config) is not { } file)
    {
        Console.Error.WriteLine("trader: --config FILE is required. Run 'trader --help' for usage.");
        return ExitCodes.BadUsage;
    }
    var instance = ConfigLoader.Load(file.FullName);
    var variables = TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables());
    var environment = TraderEnvironment.From(variables);
    LiveCredentials.Require(instance, file.FullName, variables);
    var settings = ExchangeSettings.FromEnvironment(name => variables.GetValueOrDefault(name));
    using var log = LogBootstrap.Create(instance.Name, environment);
    log.Information("Starting {Name} {Version}: {Exchange} {Symbol} {Timeframe} {Strategy} in {Mode} mode from {File}",
        instance.Name, version, instance.Exchange, instance.Symbol, instance.Timeframe.ToString(), instance.Strategy.Type,
        instance.Mode.ToString().ToLowerInvariant(), file.FullName);
    foreach (var warning in ConfigWarnings.Of(instance)) log.Warning("{File}: {Warning}", file.FullName, warning);

    using var db = await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, log, ct);
    var options = RunnerOptions.Default;
    if (instance.Exchange == ExchangeIds.Simulator)
    {
        // The in-process simulator restarts its clock with the process: resume it where this instance stopped.
        var equity = await db.Equity.ListAsync(instance.Name, 0, long.MaxValue, ct);
        settings = settings with { Simulator = SimulatorEnvironment.Setup(instance, variables, equity.Count > 0 ? equity[^1].TimeMs : null, StartupCandles.For(instance.Strategy)) };
    }
    using var http = new HttpClient();
    var exchange = ExchangeFactory.Create(instance.Exchange, settings, http, TimeProvider.System, log, db.RateLimits);
    var runner = new InstanceRunner(instance, version, db, exchange, TimeProvider.System, log, options);
    return await runner.RunAsync(ct);
});

var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Instance YAML files to check." };
var validate = new Command("validate", "Checks instance YAML files without running them: exit 0 if all are valid, 2 if any is not (problems on stderr).");
validate.Arguments.Add(files);
validate.SetAction((parse, ct) =>
{
    int invalid = 0;
    foreach (var file in parse.GetValue(files) ?? [])
    {
        try
        {
            var instance = ConfigLoader.Load(file.FullName);
            Console.Out.WriteLine($"ok: {file} ({instance.Name}: {instance.Exchange} {instance.Symbol} {instance.Timeframe} {instance.Strategy.Type}, {instance.Mode.ToString().ToLowerInvariant()})");
            foreach (var warning in ConfigWarnings.Of(instance)) Console.Error.WriteLine($"warning: {file}: {warning}");
        }
        catch (ConfigException e)
        {
            invalid++;
            Console.Error.WriteLine(e.Message);
        }
    }
    if (invalid > 0) Console.Error.WriteLine($"{invalid} invalid config file{(invalid == 1 ? "" : "s")}.");
    return Task.FromResult(invalid == 0 ? ExitCodes.Ok : ExitCodes.BadUsage);
});
root.Subcommands.Add(validate);

var status = new Command("status", "Shows every instance in the shared database (DATABASE_URL): mode, status, last heartbeat, open position, P&L today and total.");
status.SetAction(async (parse, ct) =>
{
    using var db = await OpenSharedAsync(ct);
    await StatusReport.WriteAsync(db, Console.Out, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), ct);
    return ExitCodes.Ok;
});
root.Subcommands.Add(status);

var healthConfig = new Option<FileInfo>("--config") { Description = "The instance's YAML.", Required = true };
var health = new Command("health", $"Exit 0 when the instance is running and its heartbeat is at most {HealthBound.Seconds} s old, else 1 (the compose healthcheck).");
health.Options.Add(healthConfig);
health.SetAction(async (parse, ct) =>
{
    var instance = ConfigLoader.Load(parse.GetRequiredValue(healthConfig).FullName);
    using var db = await OpenSharedAsync(ct);
    var info = await db.Instances.GetAsync(instance.Name, ct);
    long ageMs = info is null ? long.MaxValue : TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() - info.HeartbeatMs;
    bool healthy = info is { Status: InstanceStatus.Running } && ageMs <= HealthBound.Seconds * 1000L;
    Console.Out.WriteLine(info is null ? $"{instance.Name}: not registered" : $"{instance.Name}: {info.Status.ToString().ToLowerInvariant()}, heartbeat {ageMs / 1000} s ago");
    return healthy ? ExitCodes.Ok : ExitCodes.RuntimeFailure;
});
root.Subcommands.Add(health);

return await CommandLineApp.RunAsync(root, args);

static async Task<TradingDatabase> OpenSharedAsync(CancellationToken ct)
{
    var environment = TraderEnvironment.From(TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables()));
    return await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, ct);
}

/// <summary>How old a heartbeat may be for `trader health`: a running instance beats at least every 15 s while it waits.</summary>
internal static class HealthBound
{
    public const int Seconds = 120;
}
