namespace Trader.Database.Stores.Sql;

/// <summary>The <c>fund_reservations</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class FundsReservationSql
{
    public const string Upsert =
        """
        INSERT INTO fund_reservations (account, instance, asset, amount, time_ms) VALUES (@Account, @Instance, @Asset, @Amount, @TimeMs)
        ON CONFLICT (account, instance) DO UPDATE SET asset = excluded.asset, amount = excluded.amount, time_ms = excluded.time_ms
        """;

    public const string Others = "SELECT amount FROM fund_reservations WHERE account = @account AND asset = @asset AND instance <> @instance";

    public const string Release = "DELETE FROM fund_reservations WHERE account = @account AND instance = @instance";

    // PostgreSQL runs READ COMMITTED: without it two reservers could each miss the other's uncommitted row.
    public const string LockPostgres = "LOCK TABLE fund_reservations IN EXCLUSIVE MODE";
}
