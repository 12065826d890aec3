using System.CommandLine;
using Trader.Backtester.Features;
using Trader.Core.Hosting;

var root = new RootCommand("backtester: runs a strategy YAML over stored history and reports metrics.")
{
    FeaturesCommand.Create(),
};
root.SetAction((parse, ct) =>
{
    // Placeholder until the engine/backtester issue.
    Console.Error.WriteLine("backtester: not implemented yet (see the engine and Backtester issue).");
    return Task.FromResult(1);
});
return await CommandLineApp.RunAsync(root, args);
