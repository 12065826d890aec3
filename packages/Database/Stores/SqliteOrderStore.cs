using Dapper;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Orders in SQLite, keyed by client order id; money as exact decimal TEXT.</summary>
internal sealed class SqliteOrderStore(SqliteExecutor executor) : IOrderStore
{
    private const string Columns =
        "client_order_id AS ClientOrderId, exchange_order_id AS ExchangeOrderId, instance AS Instance, exchange AS Exchange, " +
        "symbol AS Symbol, side AS Side, type AS Type, status AS Status, price AS Price, amount AS Amount, filled AS Filled, " +
        "average AS Average, fee AS Fee, fee_currency AS FeeCurrency, created_ms AS CreatedMs, updated_ms AS UpdatedMs, reason AS Reason";

    public Task UpsertAsync(Order order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var row = new
        {
            order.ClientOrderId,
            order.ExchangeOrderId,
            Instance = order.InstanceName,
            order.Exchange,
            order.Symbol,
            Side = EnumText.ToText(order.Side),
            Type = EnumText.ToText(order.Type),
            Status = EnumText.ToText(order.Status),
            Price = Money.ToText(order.Price),
            Amount = Money.ToText(order.Amount),
            Filled = Money.ToText(order.Filled),
            Average = Money.ToText(order.Average),
            Fee = Money.ToText(order.Fee),
            order.FeeCurrency,
            order.CreatedMs,
            order.UpdatedMs,
            order.Reason,
        };
        // The WHERE keeps a late, older update (e.g. a slow reconciliation) from overwriting a newer state.
        return executor.WriteAsync($"store order {order.ClientOrderId}", (connection, transaction) => connection.Execute(
            """
            INSERT INTO orders (client_order_id, exchange_order_id, instance, exchange, symbol, side, type, status, price, amount,
                                filled, average, fee, fee_currency, created_ms, updated_ms, reason)
            VALUES (@ClientOrderId, @ExchangeOrderId, @Instance, @Exchange, @Symbol, @Side, @Type, @Status, @Price, @Amount,
                    @Filled, @Average, @Fee, @FeeCurrency, @CreatedMs, @UpdatedMs, @Reason)
            ON CONFLICT (client_order_id) DO UPDATE SET
                exchange_order_id = coalesce(excluded.exchange_order_id, orders.exchange_order_id), status = excluded.status,
                price = excluded.price, amount = excluded.amount, filled = excluded.filled, average = excluded.average,
                fee = excluded.fee, fee_currency = excluded.fee_currency, updated_ms = excluded.updated_ms, reason = excluded.reason
            WHERE excluded.updated_ms >= orders.updated_ms
            """, row, transaction), ct);
    }

    public Task<Order?> GetAsync(string clientOrderId, CancellationToken ct) =>
        executor.ReadAsync($"read order {clientOrderId}", connection =>
            connection.QuerySingleOrDefault<OrderRow>($"SELECT {Columns} FROM orders WHERE client_order_id = @clientOrderId", new { clientOrderId })?.ToOrder(), ct);

    public Task<IReadOnlyList<Order>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open orders", "instance = @instanceName AND status = 'open'", instanceName, ct);

    public Task<IReadOnlyList<Order>> ListAsync(string instanceName, CancellationToken ct) =>
        List("orders", "instance = @instanceName", instanceName, ct);

    private Task<IReadOnlyList<Order>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", connection => (IReadOnlyList<Order>)connection
            .Query<OrderRow>($"SELECT {Columns} FROM orders WHERE {where} ORDER BY created_ms, client_order_id", new { instanceName })
            .Select(r => r.ToOrder()).ToList(), ct);

    private sealed class OrderRow
    {
        public string ClientOrderId { get; init; } = "";
        public string? ExchangeOrderId { get; init; }
        public string Instance { get; init; } = "";
        public string Exchange { get; init; } = "";
        public string Symbol { get; init; } = "";
        public string Side { get; init; } = "";
        public string Type { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Price { get; init; }
        public string Amount { get; init; } = "";
        public string Filled { get; init; } = "";
        public string? Average { get; init; }
        public string Fee { get; init; } = "";
        public string? FeeCurrency { get; init; }
        public long CreatedMs { get; init; }
        public long UpdatedMs { get; init; }
        public string? Reason { get; init; }

        public Order ToOrder() => new(
            ClientOrderId, Instance, Exchange, Symbol,
            EnumText.Parse<OrderSide>(Side), EnumText.Parse<OrderType>(Type), EnumText.Parse<OrderStatus>(Status),
            Money.ParseNullable(Price), Money.Parse(Amount), Money.Parse(Filled), Money.ParseNullable(Average), Money.Parse(Fee), FeeCurrency,
            CreatedMs, UpdatedMs, ExchangeOrderId, Reason);
    }
}
