using System.Globalization;
using Trader.Execution.Research;

namespace Trader.Backtester.Run;

/// <summary>The Monte Carlo lines printed under a single run's table.</summary>
internal static class MonteCarloTable
{
    public static void Write(TextWriter output, MonteCarloResult m)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Monte Carlo of the trade order: {m.Runs:N0} shuffles of {m.Trades} trades (closed-trade equity, each trade's return on the equity it was taken with)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Max drawdown  as traded {m.Original:P2}  |  5 % {m.P5:P2}  median {m.Median:P2}  95 % {m.P95:P2}  worst {m.Worst:P2}  |  {m.ShareWorse:P1} of orders fall deeper"));
    }
}
