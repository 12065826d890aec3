using System.Text.Json;
using Microsoft.Playwright;
using Trader.Backtester.Tests.Run;
using Trader.Testing;

namespace Trader.Backtester.Tests.Report;

/// <summary>The reports opened in headless Chromium: they render, log no error, fetch nothing and show the JSON's data.</summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Backtest_OpenedInChromium_RendersChartsAndEveryTradeWithoutErrors()
    {
        var (json, _, path) = await ReportRun.RunAsync(_run);
        using var _ = json;
        var trades = json.RootElement.GetProperty("trades").EnumerateArray().ToList();
        Assert.NotEmpty(trades);

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(path);
        await page.WaitForSelectorAsync("#chart canvas");

        Assert.Equal(trades.Count, await page.Locator("#trades tbody tr").CountAsync());
        Assert.Equal($"({trades.Count})", await page.Locator("#trade-count").TextContentAsync());
        // Candles, volume and the price overlays; RSI; equity; drawdown: four panes of canvases, each drawn at a real size.
        var sizes = await page.EvaluateAsync<int[][]>("() => Array.from(document.querySelectorAll('#chart canvas')).map(c => [c.width, c.height])");
        Assert.True(sizes.Length >= 8, $"{sizes.Length} canvases");
        Assert.True(sizes.Count(s => s[0] > 300 && s[1] > 100) >= 4, string.Join(" ", sizes.Select(s => $"{s[0]}x{s[1]}")));
        string legend = await page.Locator("#legend").InnerTextAsync();
        foreach (var label in new[] { "fast", "slow", "rsi", "Equity" }) Assert.Contains(label, legend);
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Backtest_HoverOverATradesBars_TooltipGivesItsReason()
    {
        var (json, _, path) = await ReportRun.RunAsync(_run);
        using var _ = json;
        var first = json.RootElement.GetProperty("trades")[0];

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(path);
        await page.WaitForSelectorAsync("#chart canvas");
        // A click on the first trade's row zooms the chart onto it; then sweep the mouse across the price pane.
        await page.Locator("#trades tbody tr").First.ClickAsync();
        var box = (await page.Locator("#chart").BoundingBoxAsync())!;
        string tooltip = "";
        for (float x = box.X + 5; x < box.X + box.Width - 90 && tooltip.Length == 0; x += 3)
        {
            await page.Mouse.MoveAsync(x, box.Y + 200);
            if (await page.Locator("#tooltip").IsVisibleAsync()) tooltip = await page.Locator("#tooltip").InnerTextAsync();
        }
        Assert.Contains("Entry #1", tooltip);
        Assert.Contains(first.GetProperty("entry_signal").GetString()!, tooltip);
        Assert.Empty(chromium.Errors);
    }

    [Fact]
    public async Task Sweep_OpenedInChromium_HeatMapHasACellPerPairAndTheTableEveryRun()
    {
        var (json, _, path) = await ReportRun.RunAsync(_run, "--sweep", "fast.period=3,5,8", "--sweep", "slow.period=13,21");
        using var _ = json;
        int runs = json.RootElement.GetProperty("sweep").GetArrayLength();
        Assert.Equal(6, runs);

        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(path);
        Assert.Equal(6, await page.Locator("#heatmap tbody td").CountAsync());
        Assert.Equal(1, await page.Locator("#heatmap td.best").CountAsync());
        Assert.Equal(runs, await page.Locator("#sweep tbody tr").CountAsync());

        // Sorting by trades (a click on its header) puts the fewest first.
        await page.Locator("#sweep th", new() { HasTextString = "Trades" }).ClickAsync();
        var counts = json.RootElement.GetProperty("sweep").EnumerateArray().Select(r => r.GetProperty("metrics").GetProperty("trades").GetInt32()).ToList();
        int column = await page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('#sweep th')).findIndex(th => th.textContent === 'Trades')");
        string firstRow = await page.Locator($"#sweep tbody tr:first-child td:nth-child({column + 1})").InnerTextAsync();
        Assert.Equal(counts.Min().ToString(System.Globalization.CultureInfo.InvariantCulture), firstRow);
        Assert.Empty(chromium.Errors);
    }
}
