using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>`trader status` (the real process) and the dashboard's API show the same fleet from the same database.</summary>
public sealed partial class StatusAgreementTests : IAsyncLifetime
{
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private DashboardServer _server = null!;

    // Both read the wall clock here (the trader's status command has no other), so the seed is relative to it.
    public async Task InitializeAsync() => _server = await DashboardServer.StartSeededAsync(_backend.Url(), TimeProvider.System);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _backend.Dispose();
    }

    [Fact]
    public async Task Status_SameDatabase_SameStatusPositionPnlAndTradesAsTheApi()
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(Repository.BuiltApp("Trader"));
        info.ArgumentList.Add("status");
        info.Environment["DATABASE_URL"] = _backend.Url();
        var (exit, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Columns().Split(lines[0].Trim());
        var rows = lines.Skip(1).Where(l => !l.StartsWith("P&L is", StringComparison.Ordinal))
            .Select(l => header.Zip(Columns().Split(l.Trim())).ToDictionary(p => p.First, p => p.Second))
            .ToDictionary(r => r["INSTANCE"]);

        using var client = _server.Client();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/instances"));
        var instances = api.RootElement.EnumerateArray().ToList();

        Assert.Equal(instances.Select(i => i.GetProperty("name").GetString()!).Order(), rows.Keys.Order());
        foreach (var i in instances)
        {
            var row = rows[i.GetProperty("name").GetString()!];
            Assert.Equal(i.GetProperty("status").GetString(), row["STATUS"]);
            Assert.Equal(i.GetProperty("mode").GetString(), row["MODE"]);
            Assert.Equal($"{i.GetProperty("exchange").GetString()} {i.GetProperty("symbol").GetString()} {i.GetProperty("timeframe").GetString()}", row["MARKET"]);
            AssertShown(i.GetProperty("pnl_today").GetDecimal(), row["P&L TODAY"]);
            AssertShown(i.GetProperty("pnl_total").GetDecimal(), row["P&L TOTAL"]);
            Assert.Equal(i.GetProperty("closed_trades").GetInt32(), int.Parse(row["TRADES"], CultureInfo.InvariantCulture));
            var position = i.GetProperty("position");
            if (position.ValueKind == JsonValueKind.Null) Assert.Equal("flat", row["POSITION"]);
            else
            {
                var shown = row["POSITION"].Split(" @ ");
                AssertShown(position.GetProperty("amount").GetDecimal(), shown[0]);
                AssertShown(position.GetProperty("entry_price").GetDecimal(), shown[1]);
            }
        }
        // Hours old: both show the same whole hours, however long the two reads are apart.
        Assert.Equal($"{FleetSeed.EthHeartbeatAgeMs / 3_600_000}h ago", rows[FleetSeed.Eth]["HEARTBEAT"]);
        Assert.Equal(FleetSeed.EthHeartbeatAgeMs / 3_600_000, instances.Single(i => i.GetProperty("name").GetString() == FleetSeed.Eth).GetProperty("heartbeat_age_ms").GetInt64() / 3_600_000);
    }

    // Status shows cents for a unit or more and up to eight decimals below; the API the exact value.
    private static void AssertShown(decimal exact, string shown)
    {
        var decimals = Math.Abs(exact) >= 1 ? 2 : 8;
        Assert.Equal(Math.Round(exact, decimals, MidpointRounding.AwayFromZero), decimal.Parse(shown, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}
