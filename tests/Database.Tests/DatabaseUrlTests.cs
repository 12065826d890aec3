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
        Assert.Equal(expected, DatabaseUrl.Parse(value).FilePath);

    [Theory]
    [InlineData("postgres://user@host/db")]
    [InlineData("postgresql://host/db")]
    public void Parse_Postgres_SaysNotSupportedYet(string value)
    {
        var e = Assert.Throws<DatabaseException>(() => DatabaseUrl.Parse(value));
        Assert.Contains("PostgreSQL, which is not supported yet", e.Message);
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
