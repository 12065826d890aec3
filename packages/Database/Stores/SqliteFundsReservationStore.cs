using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Funds reservations in SQLite: the write and the read of the others share one <c>BEGIN IMMEDIATE</c> transaction, so reservers queue.</summary>
internal sealed class SqliteFundsReservationStore(SqliteExecutor executor) : IFundsReservationStore
{
    public Task<decimal> ReserveAsync(FundsReservation reservation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        return executor.WriteAsync($"reserve {reservation.Amount} {reservation.Asset} for {reservation.Instance}", (connection, transaction) =>
        {
            connection.Execute(FundsReservationSql.Upsert, new
            {
                reservation.Account, reservation.Instance, reservation.Asset, Amount = Money.ToText(reservation.Amount), reservation.TimeMs,
            }, transaction);
            return Sum(connection.Query<string>(FundsReservationSql.Others,
                new { account = reservation.Account, asset = reservation.Asset, instance = reservation.Instance }, transaction));
        }, ct);
    }

    public Task<decimal> ReservedByOthersAsync(string account, string asset, string instance, CancellationToken ct) =>
        executor.ReadAsync($"read the funds other instances reserved on {account}", connection =>
            Sum(connection.Query<string>(FundsReservationSql.Others, new { account, asset, instance })), ct);

    public Task ReleaseAsync(string account, string instance, CancellationToken ct) =>
        executor.WriteAsync($"release the funds {instance} reserved", (connection, transaction) =>
            connection.Execute(FundsReservationSql.Release, new { account, instance }, transaction), ct);

    private static decimal Sum(IEnumerable<string> amounts) => amounts.Sum(Money.Parse);
}
