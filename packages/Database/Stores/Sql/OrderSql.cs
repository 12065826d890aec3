using Trader.Domain;

namespace Trader.Database.Stores.Sql;

/// <summary>The <c>orders</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class OrderSql
{
    public const string Columns =
        "client_order_id AS ClientOrderId, exchange_order_id AS ExchangeOrderId, instance AS Instance, exchange AS Exchange, " +
        "symbol AS Symbol, side AS Side, type AS Type, status AS Status, price AS Price, amount AS Amount, filled AS Filled, " +
        "average AS Average, fee AS Fee, fee_currency AS FeeCurrency, created_ms AS CreatedMs, updated_ms AS UpdatedMs, reason AS Reason";

    // The WHERE keeps a late, older update (e.g. a slow reconciliation) from overwriting a newer state.
    public const string Upsert =
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
        """;

    public const string Get = $"SELECT {Columns} FROM orders WHERE client_order_id = @clientOrderId";

    public const string OpenOfInstance = "instance = @instanceName AND status = 'open'";

    public const string OfInstance = "instance = @instanceName";

    /// <summary>The operation named in busy warnings and errors.</summary>
    public static string Operation(Order order, IReadOnlyList<Fill> fills) =>
        fills.Count == 0 ? $"store order {order.ClientOrderId}" : $"store order {order.ClientOrderId} with {fills.Count} fill(s)";

    public static string List(string where) => $"SELECT {Columns} FROM orders WHERE {where} ORDER BY created_ms, client_order_id";
}
