using Trader.Testing;

namespace Trader.Database.Tests.Concurrency;

/// <summary>
/// Several OS processes (tests/Database.Worker take) drawing on one exchange account's budget through the database, as
/// instances on several hosts do: together they never take more than the budget in any window, and they do share it.
/// </summary>
public abstract class SharedRateLimitTests(DatabaseBackend backend) : IDisposable
{
    private const int Processes = 4;
    private const int Budget = 20;
    private const int WindowMs = 2_000;
    private const int TakesEach = 30;
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        backend.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task Take_FourProcessesOnOneAccount_TogetherNeverExceedTheBudgetInAnyWindow()
    {
        string url = backend.Url("budget");
        using (await TestDatabase.OpenAsync(url)) { }   // migrated once, so the processes start taking at the same moment
        // A common start far enough ahead for every process to be up (a late one starts at once), then 4 x 30 takes
        // against 20 per window: at least six windows of contention, however slow the machine.
        long start = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 10_000;
        start -= start % WindowMs;
        var workers = Enumerable.Range(0, Processes).Select(n => WorkerProcess.Start("take", "--db", url, "--budget", $"{Budget}", "--window-ms", $"{WindowMs}",
            "--start-ms", $"{start}", "--takes", $"{TakesEach}", "--report", _dir.File($"takes-{n}.txt"))).ToArray();
        var outcomes = await Task.WhenAll(workers.Select(w => w.WaitAsync()));
        foreach (var w in workers) w.Dispose();

        Assert.All(outcomes, o => Assert.True(o.ExitCode == 0, $"worker failed with {o.ExitCode}: {o.Stderr}"));
        var takes = Enumerable.Range(0, Processes)
            .SelectMany(n => File.ReadAllLines(_dir.File($"takes-{n}.txt")).Select(l => (Process: n, Window: long.Parse(l.Split(' ')[1]))))
            .ToList();
        Assert.Equal(Processes * TakesEach, takes.Count);
        var windows = takes.GroupBy(t => t.Window).ToList();
        Assert.All(windows, w => Assert.True(w.Count() <= Budget, $"window {w.Key} got {w.Count()} > {Budget}"));
        // Every process kept asking, so the budget was used to the last unit, and each process drew on it. (Which process
        // wins a window is up to the database's lock queue; SQLite's busy waiting is not fair, PostgreSQL's row lock is.)
        Assert.Contains(windows, w => w.Count() == Budget);
        Assert.Equal(Processes, takes.Select(t => t.Process).Distinct().Count());
    }
}

public sealed class SqliteSharedRateLimitTests() : SharedRateLimitTests(DatabaseBackend.Sqlite());

public sealed class PostgresSharedRateLimitTests() : SharedRateLimitTests(DatabaseBackend.Postgres());
