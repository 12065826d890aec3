using Dapper;
using Npgsql;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Fills in PostgreSQL, unique per (client order id, fill id); each must belong to a stored order.</summary>
internal sealed class PostgresFillStore(PostgresExecutor executor) : IFillStore
{
    private const string ForeignKeyViolation = "23503";

    public async Task<bool> AddAsync(Fill fill, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fill);
        try
        {
            return await executor.WriteAsync($"store fill {fill.FillId} of order {fill.ClientOrderId}", async (connection, transaction) =>
                await connection.ExecuteAsync(FillSql.Insert, FillRow.Parameters(fill, m => m), transaction).ConfigureAwait(false) == 1, ct).ConfigureAwait(false);
        }
        catch (DatabaseException e) when (e.InnerException is PostgresException { SqlState: ForeignKeyViolation })
        {
            throw new DatabaseException(FillSql.MissingOrder(fill.FillId, fill.ClientOrderId), e.InnerException);
        }
    }

    public Task<IReadOnlyList<Fill>> ListByOrderAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"list fills of order {clientOrderId}", async connection => (IReadOnlyList<Fill>)(await connection
            .QueryAsync<FillRow>(FillSql.ListByOrder, new { clientOrderId }).ConfigureAwait(false)).Select(r => r.ToFill()).ToList(), ct);
}
