namespace Trader.Database.Stores.Sql;

/// <summary>The <c>fills</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class FillSql
{
    public const string Insert =
        """
        INSERT INTO fills (client_order_id, fill_id, symbol, side, price, amount, fee, fee_currency, time_ms)
        VALUES (@ClientOrderId, @FillId, @Symbol, @Side, @Price, @Amount, @Fee, @FeeCurrency, @TimeMs)
        ON CONFLICT (client_order_id, fill_id) DO NOTHING
        """;

    public const string ListByOrder =
        """
        SELECT client_order_id AS ClientOrderId, fill_id AS FillId, symbol AS Symbol, side AS Side, price AS Price,
               amount AS Amount, fee AS Fee, fee_currency AS FeeCurrency, time_ms AS TimeMs
        FROM fills WHERE client_order_id = @clientOrderId ORDER BY time_ms, fill_id
        """;

    public static string MissingOrder(string fillId, string clientOrderId) =>
        $"Cannot store fill {fillId}: order {clientOrderId} is not in the database. Store the order before its fills.";
}
