using System.CommandLine;
using Trader.Backfiller;
using Trader.Hosting.Cli;

var cli = new BackfillerCli();
return await CommandLineApp.RunAsync(cli.Root, args);
