using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Shared request budgets in SQLite: one short write transaction per take.</summary>
internal sealed class SqliteRateLimitStore(SqliteExecutor executor) : IRateLimitStore
{
    public Task<bool> TryTakeAsync(string bucket, long windowStartMs, int weight, int budget, CancellationToken ct) =>
        executor.WriteAsync($"take {weight} from the {bucket} budget", (connection, transaction) =>
        {
            var parameters = new { bucket, windowStartMs, weight, budget };
            connection.Execute(RateLimitSql.PrunePast, parameters, transaction);
            return connection.Execute(RateLimitSql.Take, parameters, transaction) == 1;
        }, ct);
}
