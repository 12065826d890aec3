using System.Globalization;
using Microsoft.Playwright;
using Trader.Database;
using Trader.Domain;
using Trader.Testing;

namespace Trader.Dashboard.Tests;

/// <summary>
/// The pages in headless Chromium (Debian's, through Playwright) over real HTTP: what a person sees after entering the
/// token: both instances with their positions and P&amp;L as the database holds them, one instance's chart and tables,
/// the backtest runs side by side. No page logs an error or fetches anything from another origin.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2024, 3, 5, 14, 30, 0, TimeSpan.Zero);
    private readonly DatabaseBackend _backend = DatabaseBackend.Sqlite();
    private DashboardServer _server = null!;
    private TradingDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _server = await DashboardServer.StartSeededAsync(_backend.Url(), new ManualClock(Now));
        _db = await TradingDatabase.OpenAsync(_backend.Url(), DatabaseOptions.Default, new ManualClock(Now), Serilog.Core.Logger.None, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _db.Dispose();
        _backend.Dispose();
    }

    // As the pages print money: thousands separated, up to 8 decimals.
    private static string Shown(decimal value) => value.ToString("#,0.########", CultureInfo.InvariantCulture);

    private static async Task<IPage> SignInAsync(HeadlessChromium chromium, Uri url, string token = DashboardServer.ReadToken)
    {
        var page = await chromium.OpenAsync(url);
        await page.Locator("#token").FillAsync(token);
        await page.Locator("#login button").ClickAsync();
        return page;
    }

    [Fact]
    public async Task Fleet_AfterSignIn_ShowsBothInstancesWithTheirPositionsAndPnlAsStored()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await SignInAsync(chromium, _server.Address);
        await page.WaitForSelectorAsync("#fleet tbody tr[data-instance]");

        Assert.Equal(2, await page.Locator("#fleet tbody tr[data-instance]").CountAsync());
        long dayStart = InstanceSummary.DayStartMs(Now.ToUnixTimeMilliseconds());
        foreach (var name in new[] { FleetSeed.Btc, FleetSeed.Eth })
        {
            var trades = await _db.Trades.ListAsync(name, CancellationToken.None);
            var closed = trades.Where(t => t.Exit is not null).ToList();
            var open = trades.SingleOrDefault(t => t.IsOpen);
            var row = page.Locator($"#fleet tr[data-instance='{name}']");
            Assert.Equal(open is null ? "flat" : $"{Shown(open.Amount)} @ {Shown(open.EntryPrice)}", await row.Locator(".position").InnerTextAsync());
            Assert.Equal(Shown(closed.Where(t => t.Exit!.TimeMs >= dayStart).Sum(t => t.Exit!.Pnl)), await row.Locator(".pnl-today").InnerTextAsync());
            Assert.Equal(Shown(closed.Sum(t => t.Exit!.Pnl)), await row.Locator(".pnl-total").InnerTextAsync());
            Assert.Equal((await _db.Instances.GetAsync(name, CancellationToken.None))!.Status.ToString().ToLowerInvariant(), await row.Locator(".status").InnerTextAsync());
        }
        Assert.Equal("3h ago", await page.Locator($"#fleet tr[data-instance='{FleetSeed.Eth}'] .heartbeat").InnerTextAsync());
        Assert.Equal(Shown(FleetSeed.BtcEquity), await page.Locator($"#fleet tr[data-instance='{FleetSeed.Btc}'] .equity").InnerTextAsync());
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Instance_OpenedFromTheFleet_ChartTradesAndOrders()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await SignInAsync(chromium, _server.Address);
        await page.Locator($"#fleet tr[data-instance='{FleetSeed.Btc}'] a").ClickAsync();
        await page.WaitForSelectorAsync("#chart canvas");
        await page.WaitForSelectorAsync("#orders tbody tr");

        Assert.Equal(FleetSeed.Btc, await page.Locator("#name").InnerTextAsync());
        Assert.Equal($"{Shown(FleetSeed.BtcOpenAmount)} @ {Shown(FleetSeed.BtcOpenPrice)}", await page.Locator("#position").InnerTextAsync());
        Assert.Equal(Shown(FleetSeed.BtcPnlTotal), await page.Locator("#pnl-total").InnerTextAsync());
        Assert.Equal((await _db.Trades.ListAsync(FleetSeed.Btc, CancellationToken.None)).Count, await page.Locator("#trades tbody tr").CountAsync());
        Assert.Equal((await _db.Orders.ListAsync(FleetSeed.Btc, CancellationToken.None)).Count, await page.Locator("#orders tbody tr").CountAsync());
        // Candles and equity: two panes drawn at a real size.
        var sizes = await page.EvaluateAsync<int[][]>("() => Array.from(document.querySelectorAll('#chart canvas')).map(c => [c.width, c.height])");
        Assert.True(sizes.Count(s => s[0] > 300 && s[1] > 100) >= 2, string.Join(" ", sizes.Select(s => $"{s[0]}x{s[1]}")));
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Backtests_TwoRuns_SideBySideWithTheirMetrics()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await SignInAsync(chromium, new Uri(_server.Address, "/backtests"));
        await page.WaitForSelectorAsync("#compare tbody tr");

        Assert.Equal(2, await page.Locator("#runs tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("#compare thead th").CountAsync());
        Assert.Equal(["-0.02", "0.125"], await page.Locator("#compare tr[data-metric='total_return'] td").AllInnerTextsAsync());

        await page.Locator("#runs input").First.UncheckAsync();
        Assert.Equal(["0.125"], await page.Locator("#compare tr[data-metric='total_return'] td").AllInnerTextsAsync());
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Instance_ControlTokenClicksPause_CommandRecordedAndShown()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await SignInAsync(chromium, new Uri(_server.Address, $"/instance?name={FleetSeed.Btc}"), DashboardServer.ControlToken);
        await page.Locator("#controls button[data-action='pause']").ClickAsync();
        await page.WaitForSelectorAsync("#commands tbody tr[data-command]");

        var command = Assert.Single(await _db.Controls.ListAsync(FleetSeed.Btc, CancellationToken.None));
        Assert.Equal((ControlAction.Pause, "dashboard", ControlStatus.Pending), (command.Action, command.IssuedBy, command.Status));
        Assert.Equal(["pause", "dashboard", "pending"],
            (await page.Locator($"#commands tr[data-command='{command.Id}'] td").AllInnerTextsAsync()).Skip(1).Take(3));
        Assert.Contains($"pause sent (command {command.Id}", await page.Locator("#control-message").InnerTextAsync());
        Assert.Equal(5, await page.Locator("#controls button:visible").CountAsync());
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Instance_ReadToken_NoButtonsAndACommandRefused()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await SignInAsync(chromium, new Uri(_server.Address, $"/instance?name={FleetSeed.Btc}"));
        await page.WaitForSelectorAsync("#orders tbody tr");

        Assert.Equal(0, await page.Locator("#controls button:visible").CountAsync());
        // Sent anyway (as a page script could), the API refuses it and nothing is written.
        string refused = await page.EvaluateAsync<string>($"() => Dashboard.control('{FleetSeed.Btc}', 'pause').then(() => 'sent', e => e.message)");
        Assert.StartsWith("Refused: this token may only read", refused);
        Assert.Empty(await _db.Controls.ListAsync(FleetSeed.Btc, CancellationToken.None));
    }
}
