namespace Trader.Domain;

/// <summary>
/// Each instance's exchange request counts, latency and rate-limit budget use, written by the trader (which alone sees
/// them) and read by the dashboard's <c>/metrics</c> (one process for the whole fleet).
/// </summary>
public interface IExchangeStatsStore
{
    /// <summary>
    /// Adds <paramref name="calls"/> (counts since the previous report) to <paramref name="instance"/>'s totals and
    /// replaces its budget use with <paramref name="budget"/> (when not null), in one transaction.
    /// </summary>
    Task AddAsync(string instance, IReadOnlyList<ExchangeCallStats> calls, RateBudgetUse? budget, long nowMs, CancellationToken ct);

    /// <summary>Every instance's totals, by instance name and method.</summary>
    Task<IReadOnlyList<InstanceExchangeStats>> ListAsync(CancellationToken ct);
}
