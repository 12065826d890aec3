using Trader.Domain;

namespace Trader.Exchange.Decorators;

/// <summary>
/// Counts one process's exchange requests per method (how many, how many failed, their summed duration) between
/// reports, and reads the rate-limit budget used from the limiter it watches. The trader reports it to the database
/// (<see cref="IExchangeStatsStore"/>), where the dashboard's <c>/metrics</c> reads it. Thread-safe.
/// </summary>
public sealed class ExchangeMeter
{
    private readonly object _gate = new();
    private readonly Dictionary<string, ExchangeCallStats> _pending = new(StringComparer.Ordinal);
    private WeightLimiter? _limiter;

    /// <summary>Reports the budget of <paramref name="limiter"/> from now on (<see cref="ExchangeFactory"/> sets it).</summary>
    public void Watch(WeightLimiter limiter) => _limiter = limiter;

    /// <summary>Counts one request of <paramref name="method"/> that took <paramref name="elapsed"/> and failed or not.</summary>
    public void Record(string method, TimeSpan elapsed, bool failed) => Add(new ExchangeCallStats(method, 1, failed ? 1 : 0, elapsed.TotalSeconds));

    private void Add(ExchangeCallStats calls)
    {
        lock (_gate)
        {
            var now = _pending.GetValueOrDefault(calls.Method) ?? new ExchangeCallStats(calls.Method, 0, 0, 0);
            _pending[calls.Method] = now with { Requests = now.Requests + calls.Requests, Errors = now.Errors + calls.Errors, Seconds = now.Seconds + calls.Seconds };
        }
    }

    /// <summary>The budget used in the current window, or null without a limiter.</summary>
    public RateBudgetUse? Budget() => _limiter is { } limiter ? new RateBudgetUse(limiter.Used, limiter.Budget) : null;

    /// <summary>
    /// Hands the counts since the last report to <paramref name="report"/> and forgets them once it succeeded; when it
    /// throws they are kept for the next report, so nothing is counted twice or lost.
    /// </summary>
    public async Task ReportAsync(Func<IReadOnlyList<ExchangeCallStats>, RateBudgetUse?, Task> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<ExchangeCallStats> taken;
        lock (_gate)
        {
            taken = [.. _pending.Values.OrderBy(c => c.Method, StringComparer.Ordinal)];
            _pending.Clear();
        }
        try
        {
            await report(taken, Budget()).ConfigureAwait(false);
        }
        catch
        {
            foreach (var calls in taken) Add(calls);
            throw;
        }
    }
}
