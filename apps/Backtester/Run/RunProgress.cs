using Spectre.Console;

namespace Trader.Backtester.Run;

/// <summary>
/// Progress of a long replay on standard error (standard output stays clean for <c>--json</c>): a Spectre
/// progress bar on a terminal, a plain line every 10 % otherwise.
/// </summary>
internal static class RunProgress
{
    public static async Task<T> TrackAsync<T>(string description, int total, bool isTerminal, Func<IProgress<int>, Task<T>> work)
    {
        if (isTerminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            T result = default!;
            await console.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                result = await work(new Progress<int>(done => task.Value = done));
            });
            return result;
        }
        int lastDecile = -1;
        var lines = new SynchronousProgress(done =>
        {
            int decile = total == 0 ? 10 : (int)(done * 10L / total);
            if (decile == lastDecile) return;
            lastDecile = decile;
            Console.Error.WriteLine($"{description}: {done}/{total} candles ({decile * 10} %)");
        });
        return await work(lines);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
