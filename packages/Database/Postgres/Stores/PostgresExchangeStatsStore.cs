using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Exchange request metrics in PostgreSQL.</summary>
internal sealed class PostgresExchangeStatsStore(PostgresExecutor executor) : IExchangeStatsStore
{
    public Task AddAsync(string instance, IReadOnlyList<ExchangeCallStats> calls, RateBudgetUse? budget, long nowMs, CancellationToken ct) =>
        executor.WriteAsync($"record exchange requests of {instance}", async (connection, transaction) =>
        {
            foreach (var parameters in RateBudgetRow.CallParameters(instance, calls, nowMs))
                await connection.ExecuteAsync(ExchangeStatsSql.AddCalls, parameters, transaction).ConfigureAwait(false);
            if (budget is not null)
                await connection.ExecuteAsync(ExchangeStatsSql.SetBudget, RateBudgetRow.BudgetParameters(instance, budget, nowMs), transaction).ConfigureAwait(false);
            return 0;
        }, ct);

    public Task<IReadOnlyList<InstanceExchangeStats>> ListAsync(CancellationToken ct) =>
        executor.ReadAsync("list exchange request metrics", async connection => RateBudgetRow.Combine(
            await connection.QueryAsync<ExchangeCallRow>(ExchangeStatsSql.ListCalls).ConfigureAwait(false),
            await connection.QueryAsync<RateBudgetRow>(ExchangeStatsSql.ListBudgets).ConfigureAwait(false)), ct);
}
