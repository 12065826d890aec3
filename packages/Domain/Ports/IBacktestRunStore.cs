
namespace Trader.Domain;

/// <summary>Results of backtests.</summary>
public interface IBacktestRunStore
{
    /// <summary>Stores a finished run (its <see cref="BacktestRun.Id"/> is ignored) and returns it with its id.</summary>
    Task<BacktestRun> AddAsync(BacktestRun run, CancellationToken ct);

    /// <summary>The run with that id, or null.</summary>
    Task<BacktestRun?> GetAsync(long id, CancellationToken ct);

    /// <summary>Runs of the instance named <paramref name="name"/>, newest first.</summary>
    Task<IReadOnlyList<BacktestRun>> ListAsync(string name, CancellationToken ct);

    /// <summary>The newest <paramref name="limit"/> runs of every instance, newest first.</summary>
    Task<IReadOnlyList<BacktestRun>> ListRecentAsync(int limit, CancellationToken ct);
}
