using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>An <c>exchange_request_stats</c> row as both backends return it.</summary>
internal sealed class ExchangeCallRow
{
    public string Instance { get; init; } = "";
    public string Method { get; init; } = "";
    public long Requests { get; init; }
    public long Errors { get; init; }
    public double Seconds { get; init; }
}

/// <summary>An <c>exchange_rate_budget</c> row as both backends return it.</summary>
internal sealed class RateBudgetRow
{
    public string Instance { get; init; } = "";
    public int Used { get; init; }
    public int Budget { get; init; }
    public long UpdatedMs { get; init; }

    /// <summary>Every instance's stats from both tables' rows: an instance in either appears once.</summary>
    public static IReadOnlyList<InstanceExchangeStats> Combine(IEnumerable<ExchangeCallRow> calls, IEnumerable<RateBudgetRow> budgets)
    {
        var byInstance = calls.GroupBy(c => c.Instance).ToDictionary(g => g.Key, g => g.Select(c => new ExchangeCallStats(c.Method, c.Requests, c.Errors, c.Seconds)).ToList());
        var budget = budgets.ToDictionary(b => b.Instance);
        return byInstance.Keys.Union(budget.Keys).Order(StringComparer.Ordinal)
            .Select(name => new InstanceExchangeStats(name, byInstance.GetValueOrDefault(name) ?? [],
                budget.TryGetValue(name, out var b) ? new RateBudgetUse(b.Used, b.Budget) : null, budget.TryGetValue(name, out var at) ? at.UpdatedMs : 0))
            .ToList();
    }

    /// <summary>The parameters of <c>ExchangeStatsSql.AddCalls</c>, one set per method.</summary>
    public static IEnumerable<object> CallParameters(string instance, IReadOnlyList<ExchangeCallStats> calls, long nowMs) =>
        calls.Select(c => new { Instance = instance, c.Method, c.Requests, c.Errors, c.Seconds, NowMs = nowMs });

    /// <summary>The parameters of <c>ExchangeStatsSql.SetBudget</c>.</summary>
    public static object BudgetParameters(string instance, RateBudgetUse budget, long nowMs) =>
        new { Instance = instance, budget.Used, budget.Budget, NowMs = nowMs };
}
