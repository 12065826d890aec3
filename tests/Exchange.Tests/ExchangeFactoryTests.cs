using Serilog.Core;
using Trader.Domain;
using Trader.Exchange.Tests.Integration;
using Trader.Simulator;
using Trader.Testing;

namespace Trader.Exchange.Tests;

public sealed class ExchangeFactoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ExchangeSettings Settings(params (string Key, string Value)[] env) =>
        ExchangeSettings.FromEnvironment(name => env.FirstOrDefault(e => e.Key == name).Value);

    [Fact]
    public void Create_UnknownName_ThrowsConfigListingTheAllowedNames()
    {
        var e = Assert.Throws<ConfigException>(() => ExchangeFactory.Create("kucoin", Settings(), new HttpClient(), new ManualClock(), Logger.None));

        Assert.Contains(string.Join(", ", ExchangeIds.All), e.Message);
    }

    [Fact]
    public async Task Create_Sim_TradesInProcessOnTheGivenClock()
    {
        var clock = new ManualClock();
        var settings = Settings() with { Simulator = SimulatorSetup.Default with { History = TimeSpan.FromHours(2) } };
        var sim = ExchangeFactory.Create("sim", settings, new HttpClient(), clock, Logger.None);

        var order = await sim.CreateOrderAsync("BTC/USDT", OrderType.Market, OrderSide.Buy, 0.01m, null, "f1", None);
        var candles = await sim.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 1000, None);
        clock.Advance(TimeSpan.FromMinutes(10));
        var later = await sim.FetchOhlcvAsync("BTC/USDT", Timeframe.M1, null, 1000, None);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(0.01m * 0.999m, (await sim.FetchBalanceAsync(None))["BTC"].Free);
        Assert.Equal(120, candles.Count);
        Assert.Equal(candles[^1].OpenTimeMs + 10 * 60_000, later[^1].OpenTimeMs);
    }

    [Fact]
    public async Task Create_BinancePointedAtTheSimulator_WorksThroughTheDecorators()
    {
        await using var sim = await ExchangeSimProcess.StartAsync();
        var settings = Settings(("BINANCE_BASE_URL", sim.BaseUrl.ToString()), ("BINANCE_API_KEY", ExchangeSimProcess.ApiKey), ("BINANCE_API_SECRET", ExchangeSimProcess.ApiSecret));
        var binance = ExchangeFactory.Create("binance", settings, new HttpClient(), TimeProvider.System, Logger.None);

        var order = await binance.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "factory-1", None);

        Assert.Equal(OrderStatus.Open, (await binance.FetchOrderAsync("BTC/USDT", OrderRef.ById(order.Id), None)).Status);
    }

    [Fact]
    public async Task Create_BinanceWithASharedLimit_ChargesEachCallToTheAccountsBudgetInTheDatabase()
    {
        await using var sim = await ExchangeSimProcess.StartAsync();
        using var backend = DatabaseBackend.Sqlite();
        using var db = await Trader.Database.TradingDatabase.OpenAsync(backend.Url(), Trader.Database.DatabaseOptions.Default, TimeProvider.System, Logger.None, None);
        var settings = Settings(("BINANCE_BASE_URL", sim.BaseUrl.ToString()), ("BINANCE_API_KEY", ExchangeSimProcess.ApiKey),
            ("BINANCE_API_SECRET", ExchangeSimProcess.ApiSecret), ("BINANCE_SHARED_WEIGHT_LIMIT", "4800"));
        var binance = ExchangeFactory.Create("binance", settings, new HttpClient(), TimeProvider.System, Logger.None, db.RateLimits);
        string bucket = ExchangeFactory.AccountBucket(settings);

        long window;
        do
        {
            window = MinuteOf(DateTimeOffset.UtcNow);
            await binance.FetchBalanceAsync(None);
        }
        while (MinuteOf(DateTimeOffset.UtcNow) != window);   // the call straddled a minute: its weight went to either

        Assert.Equal(4800, settings.SharedWeightLimit);
        Assert.DoesNotContain(ExchangeSimProcess.ApiKey, bucket);
        // The whole budget no longer fits in this window: the call's weight is counted there.
        Assert.False(await db.RateLimits.TryTakeAsync(bucket, window, 4800, 4800, None));
    }

    private static long MinuteOf(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 60_000 * 60_000;

    [Theory]
    [InlineData("BINANCE_BASE_URL", "not a url", "BINANCE_BASE_URL")]
    [InlineData("BINANCE_API_KEY", "only-the-key", "both BINANCE_API_KEY and BINANCE_API_SECRET")]
    [InlineData("BINANCE_WEIGHT_SHARE", "1.5", "BINANCE_WEIGHT_SHARE")]
    [InlineData("BINANCE_SHARED_WEIGHT_LIMIT", "0", "BINANCE_SHARED_WEIGHT_LIMIT '0' must be a whole number from 1 to 6000")]
    [InlineData("BINANCE_SHARED_WEIGHT_LIMIT", "9000", "BINANCE_SHARED_WEIGHT_LIMIT '9000' must be a whole number from 1 to 6000")]
    public void FromEnvironment_BadValue_NamesTheVariable(string name, string value, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Settings((name, value)));

        Assert.Contains(expected, e.Message);
    }

    [Theory]
    [InlineData("BYBIT_BASE_URL", "127.0.0.1:9000", "BYBIT_BASE_URL '127.0.0.1:9000' is not an absolute http(s) URL")]
    [InlineData("BYBIT_API_SECRET", "only-the-secret", "both BYBIT_API_KEY and BYBIT_API_SECRET")]
    [InlineData("BYBIT_WEIGHT_SHARE", "0", "BYBIT_WEIGHT_SHARE")]
    public void FromEnvironment_BadBybitValue_NamesTheBybitVariable(string name, string value, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Settings((name, value)));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("only-the-secret", e.Message);
    }

    [Fact]
    public void FromEnvironment_BybitVariables_SetItsEndpointKeysAndShareAndNotBinances()
    {
        var settings = Settings(("BYBIT_BASE_URL", "http://127.0.0.1:9001"), ("BYBIT_API_KEY", "k"), ("BYBIT_API_SECRET", "s"), ("BYBIT_WEIGHT_SHARE", "0.2"));

        Assert.Equal((new Uri("http://127.0.0.1:9001"), "k", 0.2), (settings.Bybit.BaseUrl, settings.BybitCredentials!.Key.Reveal(), settings.BybitWeightShare));
        Assert.Equal((new Uri("https://api.binance.com"), null, 0.5), (settings.Binance.BaseUrl, settings.BinanceCredentials, settings.WeightShare));
    }

    [Fact]
    public async Task Create_BybitPointedAtTheSimulator_WorksThroughTheDecorators()
    {
        await using var sim = await ExchangeSimProcess.StartAsync("--dialect", "bybit");
        var settings = Settings(("BYBIT_BASE_URL", sim.BaseUrl.ToString()), ("BYBIT_API_KEY", ExchangeSimProcess.ApiKey), ("BYBIT_API_SECRET", ExchangeSimProcess.ApiSecret));
        var bybit = ExchangeFactory.Create("bybit", settings, new HttpClient(), TimeProvider.System, Logger.None);

        var order = await bybit.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "factory-bybit-1", None);

        Assert.Equal("bybit", bybit.Name);
        Assert.Equal(OrderStatus.Open, (await bybit.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId("factory-bybit-1"), None)).Status);
    }

    [Theory]
    [InlineData("COINBASE_BASE_URL", "127.0.0.1:9000", "COINBASE_BASE_URL '127.0.0.1:9000' is not an absolute http(s) URL")]
    [InlineData("COINBASE_API_SECRET", "only-the-secret", "both COINBASE_API_KEY and COINBASE_API_SECRET")]
    [InlineData("COINBASE_WEIGHT_SHARE", "2", "COINBASE_WEIGHT_SHARE")]
    public void FromEnvironment_BadCoinbaseValue_NamesTheCoinbaseVariable(string name, string value, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Settings((name, value)));

        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("only-the-secret", e.Message);
    }

    [Fact]
    public void Create_CoinbaseSecretThatIsNotAnEcKey_FailsNamingTheVariableWithoutItsValue()
    {
        const string pem = "-----BEGIN EC PRIVATE KEY-----\nTk9ULUEtS0VZLWF0LWFsbA==\n-----END EC PRIVATE KEY-----";
        var settings = Settings(("COINBASE_API_KEY", "organizations/o/apiKeys/k"), ("COINBASE_API_SECRET", pem));

        var e = Assert.Throws<ConfigException>(() => ExchangeFactory.Create("coinbase", settings, new HttpClient(), TimeProvider.System, Logger.None));

        Assert.Contains("COINBASE_API_SECRET", e.Message);
        Assert.DoesNotContain("Tk9ULUEtS0VZ", e.ToString());
    }

    [Fact]
    public async Task Create_CoinbasePointedAtTheSimulator_WorksThroughTheDecorators()
    {
        await using var sim = await Integration.CoinbaseSimFixture.StartAsync("--symbols", "BTC/USD", "--balances", "USD=10000");
        // The PEM as a .env file carries it: one line with escaped line breaks.
        var settings = Settings(("COINBASE_BASE_URL", sim.BaseUrl.ToString()), ("COINBASE_API_KEY", Integration.CoinbaseSimFixture.KeyName),
            ("COINBASE_API_SECRET", Integration.CoinbaseSimFixture.Pem.Replace("\n", "\\n")));
        var coinbase = ExchangeFactory.Create("coinbase", settings, new HttpClient(), TimeProvider.System, Logger.None);

        var order = await coinbase.CreateOrderAsync("BTC/USD", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "factory-coinbase-1", None);

        var fetched = await coinbase.FetchOrderAsync("BTC/USD", OrderRef.ByClientId("factory-coinbase-1"), None);
        Assert.Equal("coinbase", coinbase.Name);
        Assert.Equal((order.Id, OrderStatus.Open), (fetched.Id, fetched.Status));
    }

    [Fact]
    public async Task Create_KrakenPointedAtTheSimulator_WorksThroughTheDecoratorsAndKeepsKrakensKeysApart()
    {
        await using var sim = await KrakenSimFixture.Start();
        var settings = Settings(("KRAKEN_BASE_URL", sim.BaseUrl.ToString()), ("KRAKEN_API_KEY", ExchangeSimProcess.ApiKey), ("KRAKEN_API_SECRET", KrakenSimFixture.Secret));
        var kraken = ExchangeFactory.Create("kraken", settings, new HttpClient(), TimeProvider.System, Logger.None);

        var order = await kraken.CreateOrderAsync("BTC/USDT", OrderType.Limit, OrderSide.Buy, 0.001m, 20000m, "factory-kraken-1", None);

        Assert.Equal(("kraken", null, null), (kraken.Name, settings.BinanceCredentials, settings.BybitCredentials));
        Assert.Equal(OrderStatus.Open, (await kraken.FetchOrderAsync("BTC/USDT", OrderRef.ByClientId("factory-kraken-1"), None)).Status);
        Assert.Equal(order.Id, (await kraken.FetchOpenOrdersAsync("BTC/USDT", None)).Single().Id);
    }

    [Fact]
    public void FromEnvironment_Nothing_DefaultsToBinanceWithoutKeys()
    {
        var settings = Settings();

        Assert.Equal(new Uri("https://api.binance.com"), settings.Binance.BaseUrl);
        Assert.Null(settings.BinanceCredentials);
        Assert.Equal(0.5, settings.WeightShare);
    }
}
