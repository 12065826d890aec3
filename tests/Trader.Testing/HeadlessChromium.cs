using Microsoft.Playwright;

namespace Trader.Testing;

/// <summary>
/// Debian's Chromium (installed by scripts/test-prerequisites), driven headless through Playwright with a fresh
/// profile; Playwright's own browser download is never used. Collects console errors, uncaught page errors and every
/// request that leaves the opened page's origin (a page that must work offline fetches nothing from elsewhere).
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
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
        string profile = Directory.CreateTempSubdirectory("headless-chromium-").FullName;
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

    /// <summary>Opens a local file and waits until it has loaded; anything but the file itself (and data: URLs) is an error.</summary>
    public Task<IPage> OpenAsync(string path) => OpenAsync(new Uri(Path.GetFullPath(path)));

    /// <summary>
    /// Opens <paramref name="url"/> (a file, or a page on a loopback server) and waits until it has loaded; a request to
    /// another origin (scheme, host and port; data: URLs aside) is an error.
    /// </summary>
    public async Task<IPage> OpenAsync(Uri url)
    {
        string origin = url.IsFile ? "file://" : url.GetLeftPart(UriPartial.Authority) + "/";
        var page = await _context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => Errors.Add($"page error: {error}");
        page.Request += (_, request) => { if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) Errors.Add($"request: {request.Url}"); };
        await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
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
