using Spectre.Console;

namespace Trader.Backtester.Run;

/// <summary>Prints the metrics: a Spectre table on a terminal, aligned plain lines when redirected.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<MetricRow> rows, bool isTerminal)
    {
        if (isTerminal)
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(title)) }.AddColumn("Metric").AddColumn(new TableColumn("Value").RightAligned());
            foreach (var row in rows) table.AddRow(Markup.Escape(row.Label), Markup.Escape(row.Display));
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            console.Write(table);
            return;
        }
        output.WriteLine(title);
        int width = rows.Max(r => r.Label.Length);
        foreach (var row in rows) output.WriteLine($"  {row.Label.PadRight(width)}  {row.Display}");
    }
}
