using Serilog.Events;
using Trader.Domain;

namespace Trader.Hosting.Config;

/// <summary>
/// System-wide settings and secrets from environment variables (and <c>.env</c>), validated once at start.
/// Exchange credentials are the venue's
/// (<see cref="ExchangeCredentials.FromEnvironment(string, IReadOnlyDictionary{string, string})"/>); secrets never live in YAML.
/// </summary>
/// <param name="DatabaseUrl"><c>DATABASE_URL</c>: SQLite file path or <c>sqlite:</c> URL; default <c>data/trading.db</c>.</param>
/// <param name="LogLevel"><c>LOG_LEVEL</c>: minimum level (Verbose, Debug, Information, Warning, Error, Fatal); default Information.</param>
/// <param name="LogDir"><c>LOG_DIR</c>: folder of the per-instance log files; default <c>logs</c>.</param>
/// <param name="BinanceBaseUrl"><c>BINANCE_BASE_URL</c>: REST base URL override (e.g. the simulator on loopback); null for the adapter's default.</param>
public sealed record TraderEnvironment(
    string DatabaseUrl,
    LogEventLevel LogLevel,
    string LogDir,
    string? BinanceBaseUrl)
{
    /// <summary>Name of the database location variable.</summary>
    public const string DatabaseUrlVariable = "DATABASE_URL";

    /// <summary>Name of the minimum log level variable.</summary>
    public const string LogLevelVariable = "LOG_LEVEL";

    /// <summary>Name of the log folder variable.</summary>
    public const string LogDirVariable = "LOG_DIR";

    /// <summary>Name of the Binance REST base URL override variable.</summary>
    public const string BinanceBaseUrlVariable = "BINANCE_BASE_URL";

    /// <summary>Name of the variable that turns console colours off when set to anything (the no-color.org convention).</summary>
    public const string NoColorVariable = "NO_COLOR";

    /// <summary><c>NO_COLOR</c> is set: console lines carry no colour even on a terminal.</summary>
    public bool NoColor { get; init; }

    /// <summary>Default of <c>DATABASE_URL</c>.</summary>
    public const string DefaultDatabaseUrl = "data/trading.db";

    /// <summary>Default of <c>LOG_DIR</c>.</summary>
    public const string DefaultLogDir = "logs";

    /// <summary>Reads the process environment over <c>.env</c> in <paramref name="directory"/> (if present): real variables win.</summary>
    /// <param name="directory">Folder to look for <c>.env</c> in, usually the working directory.</param>
    /// <param name="processVariables">The real environment, e.g. <see cref="Environment.GetEnvironmentVariables()"/>.</param>
    /// <exception cref="ConfigException"><c>.env</c> exists but cannot be read.</exception>
    public static IReadOnlyDictionary<string, string> ReadVariables(string directory, System.Collections.IDictionary processVariables)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        string dotEnv = Path.Combine(directory, ".env");
        if (File.Exists(dotEnv))
        {
            try
            {
                // NoEnvVars: parse only; the process environment is not mutated (tests run in parallel).
                foreach (var (key, value) in DotNetEnv.Env.NoEnvVars().Load(dotEnv)) merged[key] = value;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new ConfigException($"{dotEnv}: cannot read: {e.Message}");
            }
        }
        foreach (System.Collections.DictionaryEntry entry in processVariables)
        {
            if (entry.Key is string key && entry.Value is string value) merged[key] = value;
        }
        return merged;
    }

    /// <summary>Builds the settings from variables, applying defaults.</summary>
    /// <exception cref="ConfigException">A variable has an invalid value; the message names it and the accepted values.</exception>
    public static TraderEnvironment From(IReadOnlyDictionary<string, string> variables)
    {
        string? Get(string name) => variables.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var levelText = Get(LogLevelVariable);
        var level = LogEventLevel.Information;
        if (levelText is not null && (!Enum.TryParse(levelText, ignoreCase: true, out level) || !Enum.IsDefined(level) || char.IsDigit(levelText[0])))
            throw new ConfigException($"{LogLevelVariable}='{levelText}' is not a log level. Use one of: {string.Join(", ", Enum.GetNames<LogEventLevel>())}.");

        // A file there would silently turn the log file off (the sink cannot create its folder).
        string logDir = Get(LogDirVariable) ?? DefaultLogDir;
        if (File.Exists(logDir))
            throw new ConfigException($"{LogDirVariable}='{logDir}' is a file; it must be a folder for the log files (created when missing), e.g. {LogDirVariable}=logs.");

        return new TraderEnvironment(
            Get(DatabaseUrlVariable) ?? DefaultDatabaseUrl,
            level,
            logDir,
            Get(BinanceBaseUrlVariable))
        { NoColor = Get(NoColorVariable) is not null };
    }
}
