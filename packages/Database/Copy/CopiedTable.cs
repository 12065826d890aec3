namespace Trader.Database.Copy;

/// <summary>
/// One table as <c>db copy</c> moves it: its columns in a fixed order, the key that orders its rows (so both sides
/// checksum the same sequence), and the identity column whose sequence PostgreSQL must move past the copied ids.
/// </summary>
internal sealed record CopiedTable(string Name, string OrderBy, string? Identity, IReadOnlyList<CopiedColumn> Columns)
{
    /// <summary>Every data table of the schema, parents before children (series before candles, orders before fills).</summary>
    /// <remarks><c>schema_version</c> is not copied: opening the target migrates it to the same version.</remarks>
    public static IReadOnlyList<CopiedTable> All { get; } =
    [
        new("series", "id", "id", Of(("id", ColumnKind.Int32), ("exchange", ColumnKind.Text), ("symbol", ColumnKind.Text), ("timeframe", ColumnKind.Text))),
        new("candles", "series_id, open_time", null, Of(("series_id", ColumnKind.Int32), ("open_time", ColumnKind.Int64), ("open", ColumnKind.Real),
            ("high", ColumnKind.Real), ("low", ColumnKind.Real), ("close", ColumnKind.Real), ("volume", ColumnKind.Real))),
        new("candle_holes", "series_id, from_ms", null, Of(("series_id", ColumnKind.Int32), ("from_ms", ColumnKind.Int64), ("to_ms", ColumnKind.Int64))),
        new("instances", "name", null, Of(("name", ColumnKind.Text), ("config_hash", ColumnKind.Text), ("mode", ColumnKind.Text),
            ("exchange", ColumnKind.Text), ("symbol", ColumnKind.Text), ("timeframe", ColumnKind.Text), ("version", ColumnKind.Text),
            ("started_ms", ColumnKind.Int64), ("heartbeat_ms", ColumnKind.Int64), ("stopped_ms", ColumnKind.Int64), ("status", ColumnKind.Text))),
        new("orders", "client_order_id", null, Of(("client_order_id", ColumnKind.Text), ("exchange_order_id", ColumnKind.Text),
            ("instance", ColumnKind.Text), ("exchange", ColumnKind.Text), ("symbol", ColumnKind.Text), ("side", ColumnKind.Text), ("type", ColumnKind.Text),
            ("status", ColumnKind.Text), ("price", ColumnKind.Money), ("amount", ColumnKind.Money), ("filled", ColumnKind.Money), ("average", ColumnKind.Money),
            ("fee", ColumnKind.Money), ("fee_currency", ColumnKind.Text), ("created_ms", ColumnKind.Int64), ("updated_ms", ColumnKind.Int64), ("reason", ColumnKind.Text))),
        new("fills", "client_order_id, fill_id", null, Of(("client_order_id", ColumnKind.Text), ("fill_id", ColumnKind.Text), ("symbol", ColumnKind.Text),
            ("side", ColumnKind.Text), ("price", ColumnKind.Money), ("amount", ColumnKind.Money), ("fee", ColumnKind.Money), ("fee_currency", ColumnKind.Text),
            ("time_ms", ColumnKind.Int64))),
        new("trades", "id", "id", Of(("id", ColumnKind.Int64), ("instance", ColumnKind.Text), ("symbol", ColumnKind.Text), ("side", ColumnKind.Text),
            ("amount", ColumnKind.Money), ("entry_time_ms", ColumnKind.Int64), ("entry_price", ColumnKind.Money), ("entry_client_order_id", ColumnKind.Text),
            ("is_open", ColumnKind.Int32), ("exit_time_ms", ColumnKind.Int64), ("exit_price", ColumnKind.Money), ("exit_client_order_id", ColumnKind.Text),
            ("fees", ColumnKind.Money), ("pnl", ColumnKind.Money), ("exit_reason", ColumnKind.Text))),
        new("equity_snapshots", "instance, time_ms", null, Of(("instance", ColumnKind.Text), ("time_ms", ColumnKind.Int64), ("equity", ColumnKind.Money),
            ("cash", ColumnKind.Money), ("position_value", ColumnKind.Money))),
        new("backtest_runs", "id", "id", Of(("id", ColumnKind.Int64), ("name", ColumnKind.Text), ("config_hash", ColumnKind.Text), ("config_text", ColumnKind.Text),
            ("exchange", ColumnKind.Text), ("symbol", ColumnKind.Text), ("timeframe", ColumnKind.Text), ("from_ms", ColumnKind.Int64), ("to_ms", ColumnKind.Int64),
            ("created_ms", ColumnKind.Int64), ("metrics_json", ColumnKind.Json))),
        new("control_commands", "seq", "seq", Of(("seq", ColumnKind.Int64), ("id", ColumnKind.Text), ("instance", ColumnKind.Text), ("action", ColumnKind.Text),
            ("issued_by", ColumnKind.Text), ("issued_ms", ColumnKind.Int64), ("status", ColumnKind.Text), ("applied_ms", ColumnKind.Int64),
            ("effective_open_ms", ColumnKind.Int64), ("result", ColumnKind.Text))),
        new("alerts", "seq", "seq", Of(("seq", ColumnKind.Int64), ("key", ColumnKind.Text), ("instance", ColumnKind.Text), ("kind", ColumnKind.Text),
            ("time_ms", ColumnKind.Int64), ("text", ColumnKind.Text), ("created_ms", ColumnKind.Int64))),
        new("alert_deliveries", "alert_seq, channel", null, Of(("alert_seq", ColumnKind.Int64), ("channel", ColumnKind.Text), ("time_ms", ColumnKind.Int64),
            ("outcome", ColumnKind.Text))),
        new("fund_reservations", "account, instance", null, Of(("account", ColumnKind.Text), ("instance", ColumnKind.Text), ("asset", ColumnKind.Text),
            ("amount", ColumnKind.Money), ("time_ms", ColumnKind.Int64))),
        new("exchange_request_stats", "instance, method", null, Of(("instance", ColumnKind.Text), ("method", ColumnKind.Text), ("requests", ColumnKind.Int64),
            ("errors", ColumnKind.Int64), ("seconds", ColumnKind.Real), ("updated_ms", ColumnKind.Int64))),
        new("exchange_rate_budget", "instance", null, Of(("instance", ColumnKind.Text), ("used", ColumnKind.Int32), ("budget", ColumnKind.Int32),
            ("updated_ms", ColumnKind.Int64))),
    ];

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    public string SelectAll => $"SELECT {ColumnList} FROM {Name} ORDER BY {OrderBy}";

    private static CopiedColumn[] Of(params (string Name, ColumnKind Kind)[] columns) => [.. columns.Select(c => new CopiedColumn(c.Name, c.Kind))];
}
