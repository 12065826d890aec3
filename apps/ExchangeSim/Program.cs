using System.CommandLine;
using Trader.Core.Hosting;

var root = new RootCommand("exchangesim: an exchange simulator speaking Binance's spot REST API v3 on 127.0.0.1.");
root.SetAction((parse, ct) =>
{
    // Placeholder until the Exchange issue.
    Console.Error.WriteLine("exchangesim: not implemented yet (see the Exchange issue).");
    return Task.FromResult(1);
});
return await CommandLineApp.RunAsync(root, args);
