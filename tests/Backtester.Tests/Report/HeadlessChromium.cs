using Microsoft.Playwright;

namespace Trader.Backtester.Tests.Report;

/// <summary>
/// Debian's Chromium (installed by scripts/test-prerequisites), driven headless through Playwright with a fresh
/// profile; Playwright's own browser download is never used. Collects console errors and uncaught page errors.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
    }

    /// <summary>Messages the page logged as errors, and its uncaught exceptions.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/test-prerequisites (scripts/test does) to install Debian's chromium.");
        }
        string profile = Directory.CreateTempSubdirectory("report-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1300 },
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return new HeadlessChromium(playwright, context, profile);
    }

    /// <summary>Opens a local file and waits until it has loaded.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await _context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        // Anything that is not the file itself would mean the report is not self-contained.
        page.Request += (_, request) => { if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) Errors.Add($"request: {request.Url}"); };
        await page.GotoAsync(new Uri(Path.GetFullPath(path)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; the temp folder is cleaned by the OS later.
        }
    }
}
