namespace Trader.Testing;

/// <summary>
/// Where a test makes its fresh databases: SQLite files in a temp directory, or databases on the throw-away PostgreSQL
/// server that scripts/postgres-test-server starts. Test bodies written against it run on both backends: an abstract
/// test class takes a backend, and one sealed subclass per backend passes <see cref="Sqlite"/> or <see cref="Postgres"/>.
/// </summary>
public abstract class DatabaseBackend : IDisposable
{
    /// <summary>The backend's name, for messages and test names.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// A <c>DATABASE_URL</c> for the database called <paramref name="name"/>: empty the first time it is asked for, the
    /// same database when asked again (so a test can open it twice, or hand it to a process).
    /// </summary>
    public abstract string Url(string name = "t");

    /// <summary>SQLite files in a fresh temp directory, deleted on dispose.</summary>
    public static DatabaseBackend Sqlite() => new SqliteBackend();

    /// <summary>Fresh databases on the server in <c>TRADER_TEST_POSTGRES_URL</c>, dropped on dispose.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set (run the tests through scripts/test or scripts/postgres-test-server).</exception>
    public static DatabaseBackend Postgres() => new PostgresBackend(PostgresBackend.ServerUrl());

    public abstract void Dispose();

    public override string ToString() => Name;
}
