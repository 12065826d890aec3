using System.Collections.Concurrent;
using Npgsql;
using Trader.Database;

namespace Trader.Testing;

/// <summary>Fresh databases on the test PostgreSQL server, each created on first use and dropped on dispose.</summary>
internal sealed class PostgresBackend(PostgresDatabaseUrl server) : DatabaseBackend
{
    /// <summary>The variable scripts/postgres-test-server exports.</summary>
    public const string Variable = "TRADER_TEST_POSTGRES_URL";

    private readonly string _prefix = $"t_{Guid.NewGuid():N}"[..14];
    private readonly ConcurrentDictionary<string, PostgresDatabaseUrl> _databases = new();

    public override string Name => "postgres";

    public static PostgresDatabaseUrl ServerUrl() =>
        DatabaseUrl.Parse(Environment.GetEnvironmentVariable(Variable)) as PostgresDatabaseUrl
        ?? throw new InvalidOperationException(
            $"{Variable} is not set to a postgres:// URL, so the PostgreSQL half of the tests cannot run. Run the tests through " +
            "scripts/test, or as scripts/postgres-test-server dotnet test ..., or leave them out with --filter \"FullyQualifiedName!~Postgres\".");

    public override string Url(string name = "t") => _databases.GetOrAdd(name, Create).UrlWithPassword;

    private PostgresDatabaseUrl Create(string name)
    {
        string database = $"{_prefix}_{name.ToLowerInvariant()}";
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        command.ExecuteNonQuery();
        return server.WithDatabase(database);
    }

    public override void Dispose()
    {
        foreach (var database in _databases.Values)
        {
            using var connection = new NpgsqlConnection(server.ConnectionString);
            connection.Open();
            // FORCE ends the connections a child process or a leaked pool may still hold.
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.DatabaseName}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
