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
using Trader.Exchange.Decorators;
using Trader.Notifications;
using Trader.Notifications.Channels;

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
    var options = RunnerOptions.Default with { UnreachableAlertAfter = AlertMinutes.Unreachable(variables.GetValueOrDefault("ALERT_UNREACHABLE_MINUTES")) };
    if (instance.Exchange == ExchangeIds.Simulator)
    {
        // The in-process simulator restarts its clock with the process: resume it where this instance stopped.
        var equity = await db.Equity.ListAsync(instance.Name, 0, long.MaxValue, ct);
        settings = settings with { Simulator = SimulatorEnvironment.Setup(instance, variables, equity.Count > 0 ? equity[^1].TimeMs : null, StartupCandles.For(instance.Strategy)) };
    }
    using var http = new HttpClient();
    var meter = new ExchangeMeter();
    var exchange = ExchangeFactory.Create(instance.Exchange, settings, http, TimeProvider.System, log, db.RateLimits, meter);
    var runner = new InstanceRunner(instance, version, db, exchange, meter, TimeProvider.System, log, options);
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

var controlName = new Argument<string>("NAME") { Description = "The instance, as `trader status` lists it." };
var controlAction = new Argument<string>("ACTION") { Description = string.Join(" | ", ControlActions.Names) };
var controlId = new Option<string?>("--id") { Description = "Idempotency key: issuing the same id again is the same command (default: a new id)." };
var controlWait = new Option<int>("--wait") { Description = "Seconds to wait for the instance to take the command (default 30; 0 only queues it).", DefaultValueFactory = _ => 30 };
var control = new Command("control",
    "Sends an operator command to a running instance through the database: pause (no new entries, exits still managed), resume, " +
    "force-exit (sell the position at market now), reset-breaker (re-arm the drawdown and daily-loss breakers), stop. " +
    "Prints the instance's result once it has taken the command, or that the command is queued.");
control.Arguments.Add(controlName);
control.Arguments.Add(controlAction);
control.Options.Add(controlId);
control.Options.Add(controlWait);
control.SetAction(async (parse, ct) =>
{
    string name = parse.GetRequiredValue(controlName);
    string actionText = parse.GetRequiredValue(controlAction);
    int wait = parse.GetValue(controlWait);
    if (ControlActions.Parse(actionText) is not { } action)
    {
        Console.Error.WriteLine($"trader control: unknown action '{actionText}'; one of: {string.Join(", ", ControlActions.Names)}.");
        return ExitCodes.BadUsage;
    }
    if (wait < 0)
    {
        Console.Error.WriteLine($"trader control: --wait must be 0 or more seconds, got {wait}.");
        return ExitCodes.BadUsage;
    }
    using var db = await OpenSharedAsync(ct);
    var desk = new ControlDesk(db.Controls, db.Instances, TimeProvider.System);
    string id = parse.GetValue(controlId) ?? Guid.NewGuid().ToString("N");
    var issued = await desk.IssueAsync(name, action, id, $"cli:{Environment.UserName}", ct);
    var command = await desk.WaitAsync(issued.Id, TimeSpan.FromSeconds(wait), ct) ?? issued;
    Console.Out.WriteLine(ControlText.Describe(command));
    return ExitCodes.Ok;
});
root.Subcommands.Add(control);

var notify = new Command("notify",
    "Sends the alert outbox of the shared database to the channels configured in the environment (Telegram, Discord, a JSON webhook), " +
    "writes each instance's daily summary and takes operator commands from allow-listed Telegram chats; runs until stopped. Run one notifier per database.");
var alertsFile = new Option<FileInfo?>("--alerts") { Description = $"Channels, their pace and the alert kinds each receives (default {AlertsConfigLoader.DefaultPath} when it exists; without it, only the environment)." };
notify.Options.Add(alertsFile);
notify.SetAction(async (parse, ct) =>
{
    var variables = TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables());
    var environment = TraderEnvironment.From(variables);
    string? alertsPath = parse.GetValue(alertsFile)?.FullName ?? (File.Exists(AlertsConfigLoader.DefaultPath) ? AlertsConfigLoader.DefaultPath : null);
    var settings = alertsPath is null
        ? AlertSettings.FromEnvironment(name => variables.GetValueOrDefault(name))
        : AlertsConfigLoader.Load(alertsPath, name => variables.GetValueOrDefault(name));
    if (!settings.HasChannels)
    {
        Console.Error.WriteLine("trader notify: no alert channel configured; set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID, DISCORD_WEBHOOK_URL or ALERT_WEBHOOK_URL (docs/operations.md)" +
            (alertsPath is null ? "." : $", and name the channel in {alertsPath}."));
        return ExitCodes.BadUsage;
    }
    using var log = LogBootstrap.Create("notifier", environment);
    using var db = await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, log, ct);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var notifier = new Notifier(db.Alerts, settings.Channels(http), settings.Options, TimeProvider.System, log);
    var summaries = new DailySummary(db.Alerts, db.Instances, db.Trades, db.Equity, TimeProvider.System);
    var stale = new StaleInstanceWatch(db.Alerts, db.Instances, settings.Options, TimeProvider.System);
    var loops = new List<Func<CancellationToken, Task>> { notifier.RunAsync, summaries.RunAsync, stale.RunAsync };
    if (settings.TelegramBotToken is { } botToken)
    {
        var desk = new ControlDesk(db.Controls, db.Instances, TimeProvider.System);
        loops.Add(new TelegramCommands(http, settings.TelegramBaseUrl, botToken, settings.TelegramAllowedChatIds, desk, TimeProvider.System, log).RunAsync);
    }
    log.Information("Notifier started: {Channels}", settings.ToString());
    await UntilStoppedAsync(loops, ct);
    log.Information("Notifier stopped");
    return ExitCodes.Ok;
});
root.Subcommands.Add(notify);

return await CommandLineApp.RunAsync(root, args);

static async Task<TradingDatabase> OpenSharedAsync(CancellationToken ct)
{
    var environment = TraderEnvironment.From(TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables()));
    return await TradingDatabase.OpenAsync(environment.DatabaseUrl, DatabaseOptions.Default, TimeProvider.System, Serilog.Core.Logger.None, ct);
}

// Runs loops side by side until the signal; the first that fails stops the others and its error propagates.
static async Task UntilStoppedAsync(IReadOnlyList<Func<CancellationToken, Task>> loops, CancellationToken signal)
{
    using var stopping = CancellationTokenSource.CreateLinkedTokenSource(signal);
    var running = loops.Select(async loop =>
    {
        try
        {
            await loop(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch
        {
            await stopping.CancelAsync();
            throw;
        }
    }).ToList();
    await Task.WhenAll(running);
}

/// <summary>How old a heartbeat may be for `trader health`: a running instance beats at least every 15 s while it waits.</summary>
internal static class HealthBound
{
    public const int Seconds = 120;
}
