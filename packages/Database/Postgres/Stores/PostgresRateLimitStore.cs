using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Shared request budgets in PostgreSQL: one short transaction per take; concurrent takers queue on the window's row.</summary>
internal sealed class PostgresRateLimitStore(PostgresExecutor executor) : IRateLimitStore
{
    public Task<bool> TryTakeAsync(string bucket, long windowStartMs, int weight, int budget, CancellationToken ct) =>
        executor.WriteAsync($"take {weight} from the {bucket} budget", async (connection, transaction) =>
        {
            var parameters = new { bucket, windowStartMs, weight, budget };
            await connection.ExecuteAsync(RateLimitSql.PrunePast, parameters, transaction).ConfigureAwait(false);
            return await connection.ExecuteAsync(RateLimitSql.Take, parameters, transaction).ConfigureAwait(false) == 1;
        }, ct);
}
