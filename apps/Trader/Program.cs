using System.CommandLine;
using Trader.Core.Config;
using Trader.Core.Errors;
using Trader.Core.Hosting;
using Trader.Core.Logging;

var config = new Option<FileInfo>("--config") { Description = "Strategy instance YAML, e.g. config/strategies/btc_binance_1h.yaml." };
var root = new RootCommand("trader: runs one strategy instance described by one YAML file (paper or live).");
root.Options.Add(config);
root.SetAction((parse, ct) =>
{
    if (parse.GetValue(config) is not { } file)
    {
        Console.Error.WriteLine("trader: --config FILE is required. Run 'trader --help' for usage.");
        return Task.FromResult(ExitCodes.BadUsage);
    }
    // Everything that can be checked before starting is checked now, so bad configs exit 2 even today.
    var instance = ConfigLoader.Load(file.FullName);
    var environment = TraderEnvironment.From(TraderEnvironment.ReadVariables(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariables()));
    environment.RequireCredentials(instance, file.FullName);
    using var log = LogBootstrap.Create(instance.Name, environment);
    log.Information("Loaded {Exchange} {Symbol} {Timeframe} {Strategy} in {Mode} mode from {File}",
        instance.Exchange, instance.Symbol, instance.Timeframe.ToString(), instance.Strategy.Type, instance.Mode.ToString().ToLowerInvariant(), file.FullName);
    // Placeholder until the Trader issue: the run loop is not built yet.
    Console.Error.WriteLine($"trader: config '{instance.Name}' is valid, but the run loop is not implemented yet (see the Trader issue).");
    return Task.FromResult(ExitCodes.RuntimeFailure);
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

return await CommandLineApp.RunAsync(root, args);
