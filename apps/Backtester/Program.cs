using System.CommandLine;
using Trader.Backtester.Features;
using Trader.Backtester.Run;
using Trader.Hosting.Cli;

var timings = new RunTimings();
var root = new RootCommand("backtester: runs a strategy YAML over stored history and reports metrics.")
{
    FeaturesCommand.Create(),
};
RunCommand.Configure(root, timings);
return await CommandLineApp.RunAsync(root, args);
