using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Trader.Testing;

/// <summary>
/// Runs apps/ExchangeSim as a real process on 127.0.0.1 with <c>--port 0</c>, reads the port it prints, and kills it
/// on dispose. <see cref="BaseUrl"/> is what a Binance client (or BINANCE_BASE_URL) points at. The admin helpers
/// drive fault injection and read the simulator's statistics and order book.
/// </summary>
public sealed class ExchangeSimProcess : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";
    // Base64 text (of "test-api-secret"), so the kraken dialect, whose secrets are base64, takes it as well as the others.
    public const string ApiSecret = "dGVzdC1hcGktc2VjcmV0";

    /// <summary>The coinbase dialect's key: a CDP-style key name and an EC P-256 private key PEM made for the test run.</summary>
    public const string CoinbaseKeyName = "organizations/sim-org/apiKeys/sim-key";

    /// <inheritdoc cref="CoinbaseKeyName"/>
    public static string CoinbasePem { get; } = NewEcPem();

    /// <summary>A fresh EC P-256 private key, PEM (SEC1), as Coinbase issues CDP keys.</summary>
    public static string NewEcPem()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        return key.ExportECPrivateKeyPem();
    }

    /// <summary>The key and secret a client of <paramref name="dialect"/> signs with (coinbase: the key name and the PEM).</summary>
    public static (string Key, string Secret) Credentials(string dialect) =>
        dialect == "coinbase" ? (CoinbaseKeyName, CoinbasePem) : (ApiKey, ApiSecret);

    private readonly Process _process;
    private readonly HttpClient _admin;
    private readonly List<string> _stderr;

    private ExchangeSimProcess(Process process, Uri baseUrl, List<string> stderr)
    {
        _process = process;
        _stderr = stderr;
        BaseUrl = baseUrl;
        _admin = new HttpClient { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }

    /// <summary>Starts the simulator with <paramref name="args"/> (port, key and secret of the dialect's <see cref="Credentials"/> are added unless given).</summary>
    public static Task<ExchangeSimProcess> StartAsync(params string[] args) => StartAsync(new Dictionary<string, string>(), args);

    /// <summary>Starts the simulator with extra environment variables (SIM_*) and <paramref name="args"/>.</summary>
    public static async Task<ExchangeSimProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var all = new List<string>(args);
        if (!all.Contains("--port") && !environment.ContainsKey("SIM_PORT")) all.AddRange(["--port", "0"]);
        if (!all.Contains("--api-key") && !environment.ContainsKey("SIM_API_KEY"))
        {
            int at = all.IndexOf("--dialect");
            var (key, secret) = Credentials(at >= 0 && at + 1 < all.Count ? all[at + 1] : environment.GetValueOrDefault("SIM_DIALECT", "binance"));
            all.AddRange(["--api-key", key, "--api-secret", secret]);
        }
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment) info.Environment[name] = value;
        info.ArgumentList.Add(LocateDll());
        foreach (var a in all) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var stderr = new List<string>();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.Add(e.Data); };
        process.BeginErrorReadLine();

        using var startup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(startup.Token) is { } line)
            {
                const string marker = "listening on ";
                int at = line.IndexOf(marker, StringComparison.Ordinal);
                if (at < 0) continue;
                var sim = new ExchangeSimProcess(process, new Uri(line[(at + marker.Length)..].Trim()), stderr);
                // Keep draining stdout so the child never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return sim;
            }
        }
        catch (OperationCanceledException)
        {
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        string errors;
        lock (stderr) errors = string.Join(Environment.NewLine, stderr);
        throw new InvalidOperationException($"ExchangeSim did not report its port (exit code {(process.HasExited ? process.ExitCode : -1)}): {errors}");
    }

    /// <summary>
    /// Sets fault injection: probabilities per request, Retry-After seconds for injected 429s, and the share of klines
    /// served invalid (high and low swapped, the same open times for a given seed).
    /// </summary>
    public async Task SetFaultsAsync(double rate429, double rate5xx, double rateDrop, int latencyMs = 0, int retryAfterSeconds = 0, int seed = 1, double rateBadKline = 0)
    {
        var response = await _admin.PostAsJsonAsync("/admin/faults", new { latencyMs, rate429, rate5xx, rateDrop, retryAfterSeconds, seed, rateBadKline });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The simulator's counters: requests, weightLimit, maxUsedWeight, rejectedByWeight, injected429, injected5xx, injectedDrops.</summary>
    public async Task<JsonElement> StatsAsync() => await _admin.GetFromJsonAsync<JsonElement>("/admin/stats");

    /// <summary>Every order the simulator holds: orderId, clientOrderId, symbol, side, type, status, origQty.</summary>
    public async Task<JsonElement> OrdersAsync() => await _admin.GetFromJsonAsync<JsonElement>("/admin/orders");

    /// <summary>Cancels an open order as the venue would by itself (not through the trading API), by its client id on the wire.</summary>
    public async Task CancelOrderAsync(string symbol, string clientOrderId)
    {
        var response = await _admin.PostAsync(
            $"/admin/orders/cancel?symbol={Uri.EscapeDataString(symbol)}&clientOrderId={Uri.EscapeDataString(clientOrderId)}", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Whatever the simulator wrote to stderr so far (for failure messages).</summary>
    public string Errors
    {
        get { lock (_stderr) return string.Join(Environment.NewLine, _stderr); }
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    // The simulator is built next to its project (same configuration as the tests); the test output is the fallback.
    private static string LocateDll()
    {
        var built = Repository.BuiltApp("ExchangeSim");
        if (File.Exists(built)) return built;
        var local = Path.Combine(AppContext.BaseDirectory, "ExchangeSim.dll");
        return File.Exists(local) ? local : throw new FileNotFoundException("ExchangeSim.dll not found; build apps/ExchangeSim first.");
    }
}
