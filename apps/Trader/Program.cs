using System.CommandLine;
using Trader.Core.Hosting;

var config = new Option<FileInfo>("--config") { Description = "Strategy instance YAML, e.g. config/strategies/btc_binance_1h.yaml." };
var root = new RootCommand("trader: runs one strategy instance described by one YAML file (paper or live).");
root.Options.Add(config);
root.SetAction((parse, ct) =>
{
    // Placeholder until the Trader issue: the run loop is not built yet.
    Console.Error.WriteLine("trader: the run loop is not implemented yet (see the Trader issue).");
    return Task.FromResult(1);
});
return await CommandLineApp.RunAsync(root, args);
