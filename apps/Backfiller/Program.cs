using System.CommandLine;
using Trader.Core.Hosting;

var root = new RootCommand("backfiller: downloads historical candles into the shared database, once or on a schedule.");
root.SetAction((parse, ct) =>
{
    // Placeholder until the Backfiller issue.
    Console.Error.WriteLine("backfiller: not implemented yet (see the Backfiller issue).");
    return Task.FromResult(1);
});
return await CommandLineApp.RunAsync(root, args);
