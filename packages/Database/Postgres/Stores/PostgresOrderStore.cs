using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Postgres.Stores;

/// <summary>Orders in PostgreSQL, keyed by client order id; money as numeric (every digit and the scale kept).</summary>
internal sealed class PostgresOrderStore(PostgresExecutor executor) : IOrderStore
{
    public Task UpsertAsync(Order order, CancellationToken ct) => UpsertWithFillsAsync(order, [], ct);

    public Task UpsertWithFillsAsync(Order order, IReadOnlyList<Fill> fills, CancellationToken ct) => Upsert(order, fills, null, ct);

    public Task UpsertWithFillsAsync(Order order, IReadOnlyList<Fill> fills, AlertEvent alert, long createdMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Upsert(order, fills, AlertRow.Parameters(alert, createdMs), ct);
    }

    private Task Upsert(Order order, IReadOnlyList<Fill> fills, object? alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fills);
        var row = OrderRow.Parameters(order, m => m);
        var fillRows = fills.Select(f => FillRow.Parameters(f, m => m)).ToList();
        return executor.WriteAsync(OrderSql.Operation(order, fills), async (connection, transaction) =>
        {
            await connection.ExecuteAsync(OrderSql.Upsert, row, transaction).ConfigureAwait(false);
            foreach (var fill in fillRows) await connection.ExecuteAsync(FillSql.Insert, fill, transaction).ConfigureAwait(false);
            if (alert is not null) await connection.ExecuteAsync(AlertSql.Add, alert, transaction).ConfigureAwait(false);
            return 0;
        }, ct);
    }

    public Task<Order?> GetAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"read order {clientOrderId}", async connection =>
            (await connection.QuerySingleOrDefaultAsync<OrderRow>(OrderSql.Get, new { clientOrderId }).ConfigureAwait(false))?.ToOrder(), ct);

    public Task<IReadOnlyList<Order>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open orders", OrderSql.OpenOfInstance, instanceName, ct);

    public Task<IReadOnlyList<Order>> ListAsync(string instanceName, CancellationToken ct) =>
        List("orders", OrderSql.OfInstance, instanceName, ct);

    private Task<IReadOnlyList<Order>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", async connection => (IReadOnlyList<Order>)(await connection
            .QueryAsync<OrderRow>(OrderSql.List(where), new { instanceName }).ConfigureAwait(false)).Select(r => r.ToOrder()).ToList(), ct);
}
