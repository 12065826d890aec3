using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Trader.Testing;

namespace Trader.Trader.Tests;

/// <summary>
/// The trader stays up when the exchange cannot be reached, and still stops cleanly; a damaged database stops it at
/// once (retrying cannot repair it).
/// </summary>
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

    [Fact]
    public async Task Run_DatabasePageDamaged_ExitsOneAtOnceSayingSoAndHealthReportsTheInstanceFailed()
    {
        await using var rig = await TraderRig.StartAsync(speed: 120);
        var config = rig.WriteConfig("paper-d", "paper");
        await using (var first = rig.StartTrader(config))
        {
            using (var db = await rig.OpenDatabaseAsync()) await rig.WaitForStepsAsync(db, "paper-d", 3, TimeSpan.FromSeconds(120), () => first.Output);
            Assert.Equal(0, await first.StopAsync(TimeSpan.FromSeconds(10)));
        }
        SqliteConnection.ClearAllPools();
        // The candles' b-tree root: the file still opens and the instance registers, then the first candle read fails.
        SqliteDamage.OverwriteRootPage(rig.DatabaseUrl, "candles");

        await using var second = rig.StartTrader(config);
        // Before corruption was told from a locked database, this run retried (with back-off) until stopped.
        Assert.Equal(1, await second.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains($"Instance failed: The file {rig.DatabaseUrl} is not a SQLite database or is corrupt", second.Output);
        Assert.Contains("restore this one from a backup", second.Output);
        Assert.DoesNotContain("trying again", second.Output);

        var (code, health) = await TraderProcess.RunAsync(rig.Dir, rig.Environment(), "health", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains("paper-d: failed", health);
    }
}
