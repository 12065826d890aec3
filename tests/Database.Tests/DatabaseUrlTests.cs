namespace Trader.Database.Tests;

public sealed class DatabaseUrlTests
{
    [Theory]
    [InlineData(null, "data/trading.db")]
    [InlineData("", "data/trading.db")]
    [InlineData("  ", "data/trading.db")]
    [InlineData("data/other.db", "data/other.db")]
    [InlineData("/var/lib/trader/trading.db", "/var/lib/trader/trading.db")]
    [InlineData("sqlite:data/trading.db", "data/trading.db")]
    [InlineData("sqlite://data/trading.db", "data/trading.db")]
    [InlineData("sqlite:///var/lib/trading.db", "/var/lib/trading.db")]
    [InlineData("SQLITE:x.db", "x.db")]
    public void Parse_PathOrSqliteUrl_GivesFilePath(string? value, string expected) =>
        Assert.Equal(expected, Assert.IsType<SqliteDatabaseUrl>(DatabaseUrl.Parse(value)).FilePath);

    [Fact]
    public void Parse_PostgresUrl_ReadsEveryPart()
    {
        var url = Assert.IsType<PostgresDatabaseUrl>(DatabaseUrl.Parse("postgres://trader:p%40ss:w0rd@db.internal:6543/trading?sslmode=require&pool_size=3"));

        Assert.Equal(("db.internal", 6543, "trading", "trader", "require", 3), (url.Host, url.Port, url.DatabaseName, url.Username, url.SslMode, url.PoolSize));
        Assert.Equal("p@ss:w0rd", new Npgsql.NpgsqlConnectionStringBuilder(url.ConnectionString).Password);
    }

    [Fact]
    public void Parse_PostgresqlSchemeWithoutPort_UsesTheDefaultsAndASmallPool()
    {
        var url = Assert.IsType<PostgresDatabaseUrl>(DatabaseUrl.Parse("postgresql://trader@localhost/trading"));

        Assert.Equal((5432, "prefer", PostgresDatabaseUrl.DefaultPoolSize), (url.Port, url.SslMode, url.PoolSize));
    }

    [Fact]
    public void ToString_PostgresUrl_LeavesThePasswordOut()
    {
        var url = DatabaseUrl.Parse("postgres://trader:hunter2@db:5432/trading");

        Assert.Equal("postgres://trader@db:5432/trading", url.ToString());
        Assert.Equal("postgres://trader@db:5432/trading", $"{url}");
    }

    [Theory]
    [InlineData("postgres://trader:hunter2@db:5432/", "must name one database")]
    [InlineData("postgres://:hunter2@db:5432/trading", "names no user")]
    [InlineData("postgres://trader:hunter2@db:5432/trading?pool_size=0", "pool_size '0' must be a whole number from 1 to 1000")]
    [InlineData("postgres://trader:hunter2@db:5432/trading?sslmode=maybe", "sslmode 'maybe' is not one of")]
    [InlineData("postgres://trader:hunter2@db:5432/trading?poolsize=3", "unknown option 'poolsize'. Allowed: sslmode, pool_size, connect_timeout")]
    [InlineData("postgres://trader:hunter2@/trading", "not a valid PostgreSQL URL")]
    public void Parse_BadPostgresUrl_SaysWhatIsWrongWithoutThePassword(string value, string expected)
    {
        var e = Assert.Throws<DatabaseException>(() => DatabaseUrl.Parse(value));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Fact]
    public void Parse_OtherScheme_NamesTheScheme()
    {
        var e = Assert.Throws<DatabaseException>(() => DatabaseUrl.Parse("mysql://host/db"));
        Assert.Contains("'mysql'", e.Message);
    }

    [Fact]
    public void Parse_SqliteWithoutPath_Throws() =>
        Assert.Throws<DatabaseException>(() => DatabaseUrl.Parse("sqlite:"));
}
