using System.Collections;
using Serilog.Events;
using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

public sealed class TraderEnvironmentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("trader-env-").FullName;
    private readonly TempConfig _files = new();

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        _files.Dispose();
    }

    private static TraderEnvironment From(params (string Key, string Value)[] vars) =>
        TraderEnvironment.From(vars.ToDictionary(v => v.Key, v => v.Value));

    [Fact]
    public void From_Empty_AppliesDefaults()
    {
        var env = From();
        Assert.Equal("data/trading.db", env.DatabaseUrl);
        Assert.Equal(LogEventLevel.Information, env.LogLevel);
        Assert.Equal("logs", env.LogDir);
        Assert.Null(env.BinanceBaseUrl);
    }

    [Fact]
    public void From_AllSet_ReadsEveryVariable()
    {
        var env = From(("DATABASE_URL", "sqlite:/var/db/t.db"), ("LOG_LEVEL", "debug"), ("LOG_DIR", "/var/log/trader"),
            ("BINANCE_BASE_URL", "http://127.0.0.1:5080"));
        Assert.Equal(("sqlite:/var/db/t.db", LogEventLevel.Debug, "/var/log/trader", "http://127.0.0.1:5080"),
            (env.DatabaseUrl, env.LogLevel, env.LogDir, env.BinanceBaseUrl));
    }

    [Theory]
    [InlineData("loud")]
    [InlineData("3")]
    public void From_BadLogLevel_NamesVariableAndLevels(string value)
    {
        var e = Assert.Throws<ConfigException>(() => From(("LOG_LEVEL", value)));
        Assert.Contains($"LOG_LEVEL='{value}'", e.Message);
        Assert.Contains("Verbose, Debug, Information, Warning, Error, Fatal", e.Message);
    }

    [Fact]
    public void ReadVariables_DotEnvPresent_RealEnvironmentWins()
    {
        File.WriteAllText(Path.Combine(_dir, ".env"), "# comment\nDATABASE_URL=from-dotenv.db\nLOG_DIR=dotenv-logs\nBINANCE_API_KEY=\"quoted key\"\n");
        var process = new Hashtable { ["DATABASE_URL"] = "from-process.db", ["PATH"] = "/bin" };
        var vars = TraderEnvironment.ReadVariables(_dir, process);
        Assert.Equal("from-process.db", vars["DATABASE_URL"]);
        Assert.Equal("dotenv-logs", vars["LOG_DIR"]);
        Assert.Equal("quoted key", vars["BINANCE_API_KEY"]);
        Assert.NotEqual("dotenv-logs", Environment.GetEnvironmentVariable("LOG_DIR")); // parsed, not exported
    }

    [Fact]
    public void ReadVariables_NoDotEnv_UsesProcessOnly()
    {
        var vars = TraderEnvironment.ReadVariables(_dir, new Hashtable { ["LOG_LEVEL"] = "Warning" });
        Assert.Equal(LogEventLevel.Warning, TraderEnvironment.From(vars).LogLevel);
    }

    [Fact]
    public void From_LogDirIsAFile_IsAConfigErrorNamingTheVariable()
    {
        string file = Path.GetTempFileName();
        try
        {
            var e = Assert.Throws<ConfigException>(() => From(("LOG_DIR", file)));
            Assert.Contains($"LOG_DIR='{file}' is a file; it must be a folder", e.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
