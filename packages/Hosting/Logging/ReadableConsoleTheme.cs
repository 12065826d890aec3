using Serilog.Sinks.SystemConsole.Themes;

namespace Trader.Hosting.Logging;

/// <summary>
/// Console colours that read on dark and on light terminals. Text and punctuation keep the terminal's own foreground
/// (the library's default paints punctuation "dark grey", which many terminals draw as black on black); only levels,
/// numbers and names get colours of middle brightness from the basic 16. Never applied when the output is not a
/// terminal (the sink's default), nor with <c>NO_COLOR</c> set.
/// </summary>
public static class ReadableConsoleTheme
{
    private const string Cyan = "\x1b[36m", Green = "\x1b[32m", Yellow = "\x1b[33m", Red = "\x1b[31m", Magenta = "\x1b[35m";
    private const string Bold = "\x1b[1m", Reverse = "\x1b[7m";

    /// <summary>The theme.</summary>
    public static AnsiConsoleTheme Theme { get; } = new(new Dictionary<ConsoleThemeStyle, string>
    {
        [ConsoleThemeStyle.Number] = Cyan,
        [ConsoleThemeStyle.Boolean] = Magenta,
        [ConsoleThemeStyle.Scalar] = Magenta,
        [ConsoleThemeStyle.Invalid] = Yellow,
        [ConsoleThemeStyle.LevelInformation] = Green,
        [ConsoleThemeStyle.LevelWarning] = Bold + Yellow,
        [ConsoleThemeStyle.LevelError] = Bold + Red,
        [ConsoleThemeStyle.LevelFatal] = Reverse + Red,
    });
}
