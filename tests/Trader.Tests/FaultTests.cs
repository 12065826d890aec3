using System.Net;
using System.Net.Sockets;

namespace Trader.Trader.Tests;

/// <summary>The trader stays up when the exchange cannot be reached, and still stops cleanly.</summary>
[Collection(TraderRig.Collection)]
public sealed class FaultTests
{
    [Fact]
    public async Task Run_ExchangeUnreachable_StaysUpLogsAndStopsCleanlyOnSigterm()
    {
        var dir = Directory.CreateTempSubdirectory("trader-fault-").FullName;
        try
        {
            // A loopback port nobody listens on: every request is refused (a transient error, retried).
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var config = Path.Combine(dir, "down.yaml");
            File.WriteAllText(config, """
                exchange: binance
                symbol: BTC/USDT
                timeframe: 1h
                strategy: { type: rsi }
                risk: { stake: { fraction: 0.1 }, stop_loss: 0.03 }
                """);
            var env = new Dictionary<string, string>
            {
                ["DATABASE_URL"] = Path.Combine(dir, "t.db"),
                ["LOG_DIR"] = Path.Combine(dir, "logs"),
                ["BINANCE_BASE_URL"] = $"http://127.0.0.1:{port}",
            };
            await using var trader = TraderProcess.Start(dir, env, "--config", config);
            await trader.WaitForOutputAsync("trying again", 1, TimeSpan.FromSeconds(120));
            Assert.False(trader.HasExited);

            Assert.Equal(0, await trader.StopAsync(TimeSpan.FromSeconds(10)));
            var (code, status) = await TraderProcess.RunAsync(dir, env, "status");
            Assert.Equal(0, code);
            Assert.Matches(@"down\s+paper\s+stopped", status);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
