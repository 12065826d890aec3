namespace Trader.Domain;

/// <summary>One instance's exchange requests since it was first run, per method, and its rate-limit budget at the last report.</summary>
/// <param name="Instance">The instance name.</param>
/// <param name="Calls">Totals per method.</param>
/// <param name="Budget">Budget use at <paramref name="BudgetMs"/>; null for a venue without a client-side budget (the in-process simulator).</param>
/// <param name="BudgetMs">When the budget use was reported (Unix ms UTC); 0 without one.</param>
public sealed record InstanceExchangeStats(string Instance, IReadOnlyList<ExchangeCallStats> Calls, RateBudgetUse? Budget, long BudgetMs);
