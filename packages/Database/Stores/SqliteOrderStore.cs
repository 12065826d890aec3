using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Orders in SQLite, keyed by client order id; money as exact decimal TEXT.</summary>
internal sealed class SqliteOrderStore(SqliteExecutor executor) : IOrderStore
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
        var row = OrderRow.Parameters(order, m => Money.ToText(m));
        var fillRows = fills.Select(f => FillRow.Parameters(f, m => Money.ToText(m))).ToList();
        return executor.WriteAsync(OrderSql.Operation(order, fills), (connection, transaction) =>
        {
            connection.Execute(OrderSql.Upsert, row, transaction);
            foreach (var fill in fillRows) connection.Execute(FillSql.Insert, fill, transaction);
            if (alert is not null) connection.Execute(AlertSql.Add, alert, transaction);
            return 0;
        }, ct);
    }

    public Task<Order?> GetAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"read order {clientOrderId}", connection =>
            connection.QuerySingleOrDefault<OrderRow>(OrderSql.Get, new { clientOrderId })?.ToOrder(), ct);

    public Task<IReadOnlyList<Order>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open orders", OrderSql.OpenOfInstance, instanceName, ct);

    public Task<IReadOnlyList<Order>> ListAsync(string instanceName, CancellationToken ct) =>
        List("orders", OrderSql.OfInstance, instanceName, ct);

    private Task<IReadOnlyList<Order>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", connection => (IReadOnlyList<Order>)connection
            .Query<OrderRow>(OrderSql.List(where), new { instanceName }).Select(r => r.ToOrder()).ToList(), ct);
}
