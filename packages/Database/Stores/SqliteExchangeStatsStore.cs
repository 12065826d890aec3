using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Exchange request metrics in SQLite.</summary>
internal sealed class SqliteExchangeStatsStore(SqliteExecutor executor) : IExchangeStatsStore
{
    public Task AddAsync(string instance, IReadOnlyList<ExchangeCallStats> calls, RateBudgetUse? budget, long nowMs, CancellationToken ct) =>
        executor.WriteAsync($"record exchange requests of {instance}", (connection, transaction) =>
        {
            foreach (var parameters in RateBudgetRow.CallParameters(instance, calls, nowMs)) connection.Execute(ExchangeStatsSql.AddCalls, parameters, transaction);
            if (budget is not null) connection.Execute(ExchangeStatsSql.SetBudget, RateBudgetRow.BudgetParameters(instance, budget, nowMs), transaction);
            return 0;
        }, ct);

    public Task<IReadOnlyList<InstanceExchangeStats>> ListAsync(CancellationToken ct) =>
        executor.ReadAsync("list exchange request metrics", connection =>
            RateBudgetRow.Combine(connection.Query<ExchangeCallRow>(ExchangeStatsSql.ListCalls), connection.Query<RateBudgetRow>(ExchangeStatsSql.ListBudgets)), ct);
}
