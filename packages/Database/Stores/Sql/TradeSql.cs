namespace Trader.Database.Stores.Sql;

/// <summary>The <c>trades</c> statements; only the insert differs between the backends (how the new id comes back).</summary>
internal static class TradeSql
{
    public const string Select =
        """
        SELECT id AS Id, instance AS Instance, symbol AS Symbol, side AS Side, amount AS Amount, entry_time_ms AS EntryTimeMs,
               entry_price AS EntryPrice, entry_client_order_id AS EntryClientOrderId, is_open AS IsOpen, exit_time_ms AS ExitTimeMs,
               exit_price AS ExitPrice, exit_client_order_id AS ExitClientOrderId, fees AS Fees, pnl AS Pnl, exit_reason AS ExitReason
        FROM trades
        """;

    public const string Insert =
        """
        INSERT INTO trades (instance, symbol, side, amount, entry_time_ms, entry_price, entry_client_order_id, is_open)
        VALUES (@InstanceName, @Symbol, @Side, @Amount, @EntryTimeMs, @EntryPrice, @EntryClientOrderId, 1)
        """;

    public const string Close =
        """
        UPDATE trades SET is_open = 0, exit_time_ms = @TimeMs, exit_price = @Price, exit_client_order_id = @ClientOrderId,
                          fees = @Fees, pnl = @Pnl, exit_reason = @Reason
        WHERE id = @tradeId AND is_open = 1
        """;

    public const string Resize = "UPDATE trades SET amount = @Amount, entry_price = @EntryPrice WHERE id = @tradeId AND is_open = 1";

    public const string Get = $"{Select} WHERE id = @tradeId";

    public const string OpenOfInstance = "instance = @instanceName AND is_open = 1";

    public const string OfInstance = "instance = @instanceName";

    public static string List(string where) => $"{Select} WHERE {where} ORDER BY entry_time_ms, id";
}
