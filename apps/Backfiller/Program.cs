using System.CommandLine;
using Trader.Backfiller;
using Trader.Core.Hosting;

var cli = new BackfillerCli();
return await CommandLineApp.RunAsync(cli.Root, args);
