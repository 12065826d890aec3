using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Trader.Hosting.Cli;
using Trader.ExchangeSim;

var root = new RootCommand("exchangesim: an exchange simulator on 127.0.0.1 speaking one venue's spot REST API (--dialect binance: API v3; bybit: API v5; kraken: REST 0; coinbase: Advanced Trade v3) over one matching core. Every option also reads SIM_<NAME> (SIM_DIALECT, SIM_API_KEY, SIM_RANDOM_WALK, ...).");
string[] names =
[
    "port", "dialect", "symbols", "data", "random-walk", "history", "replay-from", "speed", "api-key", "api-secret", "balances",
    "timeframe", "fee", "fee-asset", "slippage", "limit-fill-share", "weight-limit", "weight-window", "latency-ms", "fault-429", "fault-5xx", "fault-drop", "retry-after", "fault-seed", "fault-bad-kline", "db", "exchange",
];
var help = new Dictionary<string, string>
{
    ["port"] = "TCP port on 127.0.0.1; 0 picks a free one and prints it (required)",
    ["dialect"] = "the venue protocol to speak: binance (spot API v3, the default), bybit (spot API v5), kraken (spot REST) or coinbase (Advanced Trade API v3, ES256 JWT of a CDP key)",
    ["symbols"] = "markets, comma-separated (default BTC/USDT)",
    ["data"] = "CSV time,open,high,low,close,volume to replay (one symbol)",
    ["random-walk"] = "seed of a random-walk candle source (the default source, seed 1)",
    ["history"] = "random-walk history before the start, e.g. 30d (default 30d)",
    ["replay-from"] = "start the clock here (ISO 8601 UTC or Unix ms) instead of the data's end or now",
    ["speed"] = "simulated seconds per real second (default 1)",
    ["api-key"] = "API key clients must send (X-MBX-APIKEY, X-BAPI-API-KEY, API-Key; coinbase: the key name in the JWT; default sim-api-key)",
    ["api-secret"] = "HMAC secret (default sim-api-secret; kraken takes base64, default c2ltLWFwaS1zZWNyZXQ=); coinbase: the EC P-256 private key PEM the clients sign with, from which the simulator derives the public key it verifies with (none: market data only)",
    ["balances"] = "starting balances, e.g. USDT=10000,BTC=0 (default USDT=10000)",
    ["timeframe"] = "random-walk candle period (default 1m)",
    ["fee"] = "fee per fill as a fraction (default 0.001)",
    ["fee-asset"] = "binance only: pay fees in this asset (BNB) at its price against the quote, while its balance lasts; list ASSET/QUOTE in --symbols",
    ["limit-fill-share"] = "a resting limit order fills at most this share of its amount per candle that trades through it, e.g. 0.25 (default: whole)",
    ["slippage"] = "market-order slippage as a fraction (default 0.0005)",
    ["weight-limit"] = "request budget per window: Binance REQUEST_WEIGHT (default 6000), Bybit requests (default 600), Kraken calls (default 15), Coinbase requests (default 30)",
    ["weight-window"] = "length of a budget window (default 1m for binance, 5s for bybit, 15s for kraken, 1s for coinbase)",
    ["latency-ms"] = "fault: added latency per request",
    ["fault-429"] = "fault: probability of an injected 429",
    ["fault-5xx"] = "fault: probability of an injected 503",
    ["fault-drop"] = "fault: probability of a dropped connection",
    ["retry-after"] = "fault: Retry-After seconds on injected 429s (default 1)",
    ["fault-seed"] = "fault: seed of the fault draws (default 1)",
    ["fault-bad-kline"] = "fault: share of klines served with high and low swapped (fixed per open time by the seed)",
    ["db"] = "serve stored candles from this database (a DATABASE_URL value, e.g. data/trading.db): one series per symbol at --timeframe",
    ["exchange"] = "with --db: the exchange id of the stored series to serve (default: the dialect's)",
};
var options = names.ToDictionary(n => n, n => new Option<string?>("--" + n) { Description = help[n] });
// --symbol as well as --symbols, as the backfiller takes both: one spelling of the option across the tools.
options["symbols"].Aliases.Add("--symbol");
foreach (var o in options.Values) root.Options.Add(o);

root.SetAction(async (parse, ct) =>
{
    var settings = SimOptions.Resolve(name => parse.GetValue(options[name]), Environment.GetEnvironmentVariable);
    var venue = settings.Database is null
        ? settings.Setup.Build(TimeProvider.System)
        : await StoredSetup.BuildAsync(settings, TimeProvider.System, ct);
    await using var app = new SimServer(settings, venue, TimeProvider.System).Build();
    await app.StartAsync(ct);
    var address = app.Urls.First();
    // Tests and scripts parse this line to find the port.
    Console.Out.WriteLine($"exchangesim listening on {address}");
    Console.Out.Flush();
    try
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
    }
    catch (OperationCanceledException)
    {
    }
    await app.StopAsync(CancellationToken.None);
    return 0;
});
return await CommandLineApp.RunAsync(root, args);
