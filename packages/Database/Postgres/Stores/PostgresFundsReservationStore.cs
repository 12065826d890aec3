using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Funds reservations in PostgreSQL: a reserver locks the table for its short transaction, so reservers queue.</summary>
internal sealed class PostgresFundsReservationStore(PostgresExecutor executor) : IFundsReservationStore
{
    public Task<decimal> ReserveAsync(FundsReservation reservation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        return executor.WriteAsync($"reserve {reservation.Amount} {reservation.Asset} for {reservation.Instance}", async (connection, transaction) =>
        {
            await connection.ExecuteAsync(FundsReservationSql.LockPostgres, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(FundsReservationSql.Upsert, reservation, transaction).ConfigureAwait(false);
            return (await connection.QueryAsync<decimal>(FundsReservationSql.Others,
                new { account = reservation.Account, asset = reservation.Asset, instance = reservation.Instance }, transaction).ConfigureAwait(false)).Sum();
        }, ct);
    }

    public Task<decimal> ReservedByOthersAsync(string account, string asset, string instance, CancellationToken ct) =>
        executor.ReadAsync($"read the funds other instances reserved on {account}", async connection =>
            (await connection.QueryAsync<decimal>(FundsReservationSql.Others, new { account, asset, instance }).ConfigureAwait(false)).Sum(), ct);

    public Task ReleaseAsync(string account, string instance, CancellationToken ct) =>
        executor.WriteAsync($"release the funds {instance} reserved", (connection, transaction) =>
            connection.ExecuteAsync(FundsReservationSql.Release, new { account, instance }, transaction), ct);
}
