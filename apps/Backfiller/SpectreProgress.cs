using Spectre.Console;
using Trader.Domain;

namespace Trader.Backfiller;

/// <summary>A live Spectre.Console display on a terminal: one bar per series with done/expected, rate and ETA.</summary>
public sealed class SpectreProgress(ProgressContext context, TimeProvider clock) : IBackfillProgress
{
    private readonly Dictionary<SeriesKey, (ProgressTask Task, long Started)> _tasks = [];

    /// <summary>Runs <paramref name="body"/> inside a live display on the real console.</summary>
    public static Task<T> RunAsync<T>(TimeProvider clock, Func<IBackfillProgress, Task<T>> body) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(ctx => body(new SpectreProgress(ctx, clock)));

    /// <inheritdoc />
    public void Start(SeriesKey key, long expected)
    {
        var task = context.AddTask(Markup.Escape(key.ToString()), maxValue: Math.Max(1, expected));
        lock (_tasks) _tasks[key] = (task, clock.GetTimestamp());
    }

    /// <inheritdoc />
    public void Advance(SeriesKey key, long done)
    {
        (ProgressTask Task, long Started) entry;
        lock (_tasks) if (!_tasks.TryGetValue(key, out entry)) return;
        var (rate, eta) = ProgressMath.RateAndEta(done, (long)entry.Task.MaxValue, clock.GetElapsedTime(entry.Started));
        entry.Task.Value = done;
        entry.Task.Description = Markup.Escape($"{key} {done}/{(long)entry.Task.MaxValue} {rate:F0}/s ETA {eta}");
    }

    /// <inheritdoc />
    public void Finish(SeriesKey key)
    {
        lock (_tasks)
        {
            if (_tasks.Remove(key, out var entry)) entry.Task.StopTask();
        }
    }
}
