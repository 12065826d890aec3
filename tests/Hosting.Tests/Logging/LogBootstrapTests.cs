using Serilog;
using Trader.Domain;
using Trader.Hosting.Config;
using Trader.Hosting.Logging;

namespace Trader.Hosting.Tests.Logging;

public sealed class LogBootstrapTests : IDisposable
{
    private const string ApiSecret = "sEcReT-9f8e7d6c5b4a";
    private const string ApiKey = "kEy-0a1b2c3d4e5f";
    private readonly string _dir = Directory.CreateTempSubdirectory("trader-logs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Dictionary<string, string> Variables = new()
    {
        ["BINANCE_API_KEY"] = ApiKey, ["BINANCE_API_SECRET"] = ApiSecret, ["BYBIT_API_KEY"] = ApiKey, ["BYBIT_API_SECRET"] = ApiSecret,
        ["COINBASE_API_KEY"] = ApiKey, ["COINBASE_API_SECRET"] = ApiSecret,
    };

    private TraderEnvironment Environment(string level = "Information") =>
        TraderEnvironment.From(new Dictionary<string, string>(Variables) { ["LOG_DIR"] = _dir, ["LOG_LEVEL"] = level });

    [Theory]
    [InlineData("binance")]
    [InlineData("bybit")]
    [InlineData("coinbase")]
    public void Create_SecretInEnvironment_NeverReachesConsoleOrFile(string exchange)
    {
        var env = Environment("Verbose");
        var config = ConfigLoader.Parse($$"""
            exchange: {{exchange}}
            symbol: BTC/USDT
            timeframe: 1h
            mode: live
            strategy: { type: rsi }
            risk: { stake: { fraction: 0.1 } }
            """, "btc.yaml");
        var console = new StringWriter();
        using (var log = LogBootstrap.Create("btc-live", env, console))
        {
            var credentials = ExchangeCredentials.FromEnvironment(exchange, Variables)!;
            log.Information("Config {Config} and {@ConfigStructure}", config, config);
            log.Information("Environment {Env} and {@EnvStructure}", env, env);
            log.Information("Credentials {Credentials} {@CredentialsStructure} key {Key} secret {@Secret}", credentials, credentials, credentials.Key, credentials.Secret);
            log.Warning($"Interpolated by mistake: {credentials.Secret}");
        }

        string file = File.ReadAllText(Path.Combine(_dir, "btc-live.log"));
        foreach (var output in new[] { console.ToString(), file })
        {
            Assert.Contains("Credentials", output);   // the events were written...
            Assert.Contains("***", output);            // ...with the secrets masked
            Assert.DoesNotContain(ApiSecret, output);
            Assert.DoesNotContain(ApiKey, output);
        }
    }

    [Fact]
    public void Create_ConsoleLine_StartsWithTheEventsUtcTime()
    {
        var console = new StringWriter();
        using (var log = LogBootstrap.Create("utc", Environment(), console))
        {
            log.Write(new Serilog.Events.LogEvent(new DateTimeOffset(2024, 3, 1, 14, 3, 27, TimeSpan.FromHours(2)), Serilog.Events.LogEventLevel.Information,
                null, new Serilog.Parsing.MessageTemplateParser().Parse("Tick"), []));
        }
        Assert.Equal("12:03:27Z INF [utc] Tick", console.ToString().TrimEnd());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("1", true)]
    public void From_NoColorVariable_TurnsConsoleColoursOff(string? value, bool noColor)
    {
        var variables = new Dictionary<string, string> { ["LOG_DIR"] = _dir };
        if (value is not null) variables["NO_COLOR"] = value;
        Assert.Equal(noColor, TraderEnvironment.From(variables).NoColor);
    }

    [Fact]
    public void Create_EveryEvent_CarriesInstanceInConsoleAndFile()
    {
        var console = new StringWriter();
        using (var log = LogBootstrap.Create("eth-15m", Environment(), console))
        {
            log.ForContext<LogBootstrapTests>().Information("Started {Symbol}", "ETH/USDT");
        }
        var file = File.ReadAllLines(Path.Combine(_dir, "eth-15m.log"));
        var line = Assert.Single(file);
        Assert.Contains("INF [eth-15m]", line);
        Assert.Contains("Started ETH/USDT", line);
        Assert.Contains(nameof(LogBootstrapTests), line);
        Assert.Contains("INF [eth-15m] Started ETH/USDT", console.ToString());
    }

    [Fact]
    public void Create_LevelFromEnvironment_FiltersBelowIt()
    {
        var console = new StringWriter();
        using (var log = LogBootstrap.Create("sol", Environment("Warning"), console))
        {
            log.Information("quiet");
            log.Warning("loud");
        }
        Assert.DoesNotContain("quiet", console.ToString());
        Assert.Contains("loud", console.ToString());
        Assert.DoesNotContain("quiet", File.ReadAllText(Path.Combine(_dir, "sol.log")));
    }
}
