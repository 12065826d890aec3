using Dapper;
using Trader.Domain;
using Trader.Database.Stores.Rows;
using Trader.Database.Stores.Sql;

namespace Trader.Database.Stores;

/// <summary>Orders in SQLite, keyed by client order id; money as exact decimal TEXT.</summary>
internal sealed class SqliteOrderStore(SqliteExecutor executor) : IOrderStore
{
    public Task UpsertAsync(Order order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var row = OrderRow.Parameters(order, m => Money.ToText(m));
        return executor.WriteAsync($"store order {order.ClientOrderId}", (connection, transaction) => connection.Execute(OrderSql.Upsert, row, transaction), ct);
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
