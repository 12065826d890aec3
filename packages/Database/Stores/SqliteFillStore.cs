using Dapper;
using Microsoft.Data.Sqlite;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Fills in SQLite, unique per (client order id, fill id); each must belong to a stored order.</summary>
internal sealed class SqliteFillStore(SqliteExecutor executor) : IFillStore
{
    private const int ForeignKeyConstraint = 787;

    public async Task<bool> AddAsync(Fill fill, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fill);
        try
        {
            return await executor.WriteAsync($"store fill {fill.FillId} of order {fill.ClientOrderId}", (connection, transaction) => connection.Execute(
                FillSql.Insert, FillRow.Parameters(fill, m => Money.ToText(m)), transaction) == 1, ct).ConfigureAwait(false);
        }
        catch (DatabaseException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: ForeignKeyConstraint })
        {
            throw new DatabaseException(FillSql.MissingOrder(fill.FillId, fill.ClientOrderId), e.InnerException);
        }
    }

    public Task<IReadOnlyList<Fill>> ListByOrderAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"list fills of order {clientOrderId}", connection => (IReadOnlyList<Fill>)connection
            .Query<FillRow>(FillSql.ListByOrder, new { clientOrderId }).Select(r => r.ToFill()).ToList(), ct);
}
