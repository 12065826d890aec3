using Dapper;
using Trader.Domain;

namespace Trader.Database.Stores;

/// <summary>Round trips in SQLite; <c>is_open</c> is 1 until the exit is recorded.</summary>
internal sealed class SqliteTradeStore(SqliteExecutor executor) : ITradeStore
{
    private const string Select =
        """
        SELECT id AS Id, instance AS Instance, symbol AS Symbol, side AS Side, amount AS Amount, entry_time_ms AS EntryTimeMs,
               entry_price AS EntryPrice, entry_client_order_id AS EntryClientOrderId, is_open AS IsOpen, exit_time_ms AS ExitTimeMs,
               exit_price AS ExitPrice, exit_client_order_id AS ExitClientOrderId, fees AS Fees, pnl AS Pnl, exit_reason AS ExitReason
        FROM trades
        """;

    public async Task<Trade> OpenAsync(Trade trade, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(trade);
        long id = await executor.WriteAsync($"store a new {trade.Symbol} trade of {trade.InstanceName}", (connection, transaction) =>
            connection.ExecuteScalar<long>(
                """
                INSERT INTO trades (instance, symbol, side, amount, entry_time_ms, entry_price, entry_client_order_id, is_open)
                VALUES (@InstanceName, @Symbol, @Side, @Amount, @EntryTimeMs, @EntryPrice, @EntryClientOrderId, 1);
                SELECT last_insert_rowid();
                """,
                new
                {
                    trade.InstanceName,
                    trade.Symbol,
                    Side = EnumText.ToText(trade.Side),
                    Amount = Money.ToText(trade.Amount),
                    trade.EntryTimeMs,
                    EntryPrice = Money.ToText(trade.EntryPrice),
                    trade.EntryClientOrderId,
                }, transaction), ct).ConfigureAwait(false);
        return trade with { Id = id, Exit = null };
    }

    public Task<bool> CloseAsync(long tradeId, TradeExit exit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exit);
        return executor.WriteAsync($"close trade {tradeId}", (connection, transaction) => connection.Execute(
            """
            UPDATE trades SET is_open = 0, exit_time_ms = @TimeMs, exit_price = @Price, exit_client_order_id = @ClientOrderId,
                              fees = @Fees, pnl = @Pnl, exit_reason = @Reason
            WHERE id = @tradeId AND is_open = 1
            """,
            new
            {
                tradeId,
                exit.TimeMs,
                Price = Money.ToText(exit.Price),
                exit.ClientOrderId,
                Fees = Money.ToText(exit.Fees),
                Pnl = Money.ToText(exit.Pnl),
                exit.Reason,
            }, transaction) == 1, ct);
    }

    public Task<Trade?> GetAsync(long tradeId, CancellationToken ct) =>
        executor.ReadAsync($"read trade {tradeId}", connection =>
            connection.QuerySingleOrDefault<TradeRow>($"{Select} WHERE id = @tradeId", new { tradeId })?.ToTrade(), ct);

    public Task<IReadOnlyList<Trade>> ListOpenAsync(string instanceName, CancellationToken ct) =>
        List("open trades", "instance = @instanceName AND is_open = 1", instanceName, ct);

    public Task<IReadOnlyList<Trade>> ListAsync(string instanceName, CancellationToken ct) =>
        List("trades", "instance = @instanceName", instanceName, ct);

    private Task<IReadOnlyList<Trade>> List(string what, string where, string instanceName, CancellationToken ct) =>
        executor.ReadAsync($"list {what} of {instanceName}", connection => (IReadOnlyList<Trade>)connection
            .Query<TradeRow>($"{Select} WHERE {where} ORDER BY entry_time_ms, id", new { instanceName })
            .Select(r => r.ToTrade()).ToList(), ct);

    private sealed class TradeRow
    {
        public long Id { get; init; }
        public string Instance { get; init; } = "";
        public string Symbol { get; init; } = "";
        public string Side { get; init; } = "";
        public string Amount { get; init; } = "";
        public long EntryTimeMs { get; init; }
        public string EntryPrice { get; init; } = "";
        public string? EntryClientOrderId { get; init; }
        public long IsOpen { get; init; }
        public long? ExitTimeMs { get; init; }
        public string? ExitPrice { get; init; }
        public string? ExitClientOrderId { get; init; }
        public string? Fees { get; init; }
        public string? Pnl { get; init; }
        public string? ExitReason { get; init; }

        public Trade ToTrade() => new(
            Id, Instance, Symbol, EnumText.Parse<OrderSide>(Side), Money.Parse(Amount), EntryTimeMs, Money.Parse(EntryPrice), EntryClientOrderId,
            IsOpen == 1
                ? null
                : new TradeExit(ExitTimeMs ?? 0, Money.Parse(ExitPrice ?? "0"), ExitClientOrderId, Money.Parse(Fees ?? "0"), Money.Parse(Pnl ?? "0"), ExitReason ?? ""));
    }
}
