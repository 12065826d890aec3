using Serilog;
using Serilog.Core;
using Serilog.Formatting.Display;
using Serilog.Sinks.SystemConsole.Themes;
using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Logging;

/// <summary>
/// Builds the one logger every app uses: human-readable lines on the console (for <c>docker compose logs -f</c>) and
/// a plain-text file <c>&lt;LOG_DIR&gt;/&lt;instance&gt;.log</c> that rolls at 10 MB (5 files kept). Every event
/// carries the <c>Instance</c> property. Secrets render as <c>***</c> even if a <see cref="Secret"/> is logged.
/// Packages never set <see cref="Log.Logger"/>; apps may, with the logger this returns.
/// </summary>
public static class LogBootstrap
{
    /// <summary>
    /// Console line: UTC time of the event, level, instance, message, and the exception on the following lines. Colours
    /// (<see cref="ReadableConsoleTheme"/>) only on a terminal.
    /// </summary>
    public const string ConsoleTemplate = "{UtcTime} {Level:u3} [{Instance}] {Message:lj}{NewLine}{Exception}";

    /// <summary>File line: ISO time with offset, level, instance, source, message, remaining properties as JSON, exception.</summary>
    public const string FileTemplate =
        "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3} [{Instance}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>Largest size of one log file before it rolls to <c>&lt;instance&gt;_001.log</c>, in bytes.</summary>
    public const long FileSizeLimitBytes = 10 * 1024 * 1024;

    /// <summary>Creates the logger of one process. Dispose it at exit to flush the file.</summary>
    /// <param name="instance">Instance name (config <c>name</c>), or the app name for tools; also names the file.</param>
    /// <param name="environment">Supplies <c>LOG_LEVEL</c> and <c>LOG_DIR</c>.</param>
    /// <param name="console">Where console lines go; null for the real console (stdout).</param>
    public static Logger Create(string instance, TraderEnvironment environment, TextWriter? console = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(instance);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(environment.LogLevel)
            .Enrich.WithProperty("Instance", instance)
            // Loggers made with ForContext<T>() replace this; events logged straight from an app's Main keep it.
            .Enrich.WithProperty("SourceContext", "app")
            .Destructure.ByTransforming<Secret>(s => s.ToString())
            .WriteTo.File(
                Path.Combine(environment.LogDir, $"{instance}.log"),
                outputTemplate: FileTemplate,
                fileSizeLimitBytes: FileSizeLimitBytes,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 5,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        // The console line's time is UTC (UtcTime), like every time in the messages, whatever the machine's time zone.
        configuration = configuration.WriteTo.Logger(lines =>
        {
            lines.MinimumLevel.Verbose().Enrich.With<UtcTimeEnricher>();
            if (console is null)
            {
                lines.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    theme: environment.NoColor ? ConsoleTheme.None : ReadableConsoleTheme.Theme);
            }
            else
            {
                lines.WriteTo.Sink(new TextWriterSink(new MessageTemplateTextFormatter(ConsoleTemplate, System.Globalization.CultureInfo.InvariantCulture), console));
            }
        });
        return configuration.CreateLogger();
    }
}
