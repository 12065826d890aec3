using System.Collections.Frozen;
using System.Globalization;
using Npgsql;

namespace Trader.Database;

/// <summary>
/// A PostgreSQL database: <c>postgres://user:password@host:port/database?sslmode=require&amp;pool_size=5</c>.
/// User and password may be percent-encoded; the port defaults to 5432.
/// </summary>
/// <remarks>The password is kept out of <see cref="ToString"/>, equality's printout and every error message.</remarks>
public sealed record PostgresDatabaseUrl : DatabaseUrl
{
    /// <summary>Connections each process keeps at most when the URL does not say (<c>pool_size</c>).</summary>
    /// <remarks>
    /// Small on purpose: every trader container is a process with its own pool, and PostgreSQL's default
    /// <c>max_connections</c> is 100. Each instance does one short operation at a time, so a few connections suffice.
    /// </remarks>
    public const int DefaultPoolSize = 5;

    private const string Example = "postgres://user:password@host:5432/trading";

    private static readonly FrozenSet<string> SslModes =
        new[] { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] AllowedOptions = ["sslmode", "pool_size", "connect_timeout"];

    private readonly string? _password;

    private PostgresDatabaseUrl(string host, int port, string database, string username, string? password, string sslMode, int poolSize, int connectTimeoutSeconds)
    {
        Host = host;
        Port = port;
        DatabaseName = database;
        Username = username;
        _password = password;
        SslMode = sslMode;
        PoolSize = poolSize;
        ConnectTimeoutSeconds = connectTimeoutSeconds;
    }

    /// <summary>Server host name or address.</summary>
    public string Host { get; }

    /// <summary>Server TCP port.</summary>
    public int Port { get; }

    /// <summary>Name of the database on the server.</summary>
    public string DatabaseName { get; }

    /// <summary>User to log in as.</summary>
    public string Username { get; }

    /// <summary>PostgreSQL <c>sslmode</c> (<c>prefer</c> unless the URL says).</summary>
    public string SslMode { get; }

    /// <summary>Most connections this process keeps open to the server.</summary>
    public int PoolSize { get; }

    /// <summary>How long opening a connection may take, in seconds.</summary>
    public int ConnectTimeoutSeconds { get; }

    /// <summary>The same server and credentials, another database (how tests and <c>db copy</c> reach a sibling database).</summary>
    public PostgresDatabaseUrl WithDatabase(string database) => new(Host, Port, database, Username, _password, SslMode, PoolSize, ConnectTimeoutSeconds);

    /// <summary>Npgsql's connection string, password included: hand it to Npgsql only, never to a log.</summary>
    internal string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Database = DatabaseName,
        Username = Username,
        Password = _password,
        SslMode = Enum.Parse<SslMode>(SslMode.Replace("-", ""), ignoreCase: true),
        MaxPoolSize = PoolSize,
        MinPoolSize = 0,
        Timeout = ConnectTimeoutSeconds,
        ApplicationName = "trader",
        // Idle connections are closed after a minute so that many quiet processes do not pin server slots.
        ConnectionIdleLifetime = 60,
    }.ConnectionString;

    /// <summary>The whole URL, password included: only for a child process's environment, never for a log.</summary>
    internal string UrlWithPassword =>
        (_password is null ? ToString() : ToString().Replace("@", $":{Uri.EscapeDataString(_password)}@", StringComparison.Ordinal)) +
        $"?sslmode={SslMode}&pool_size={PoolSize}&connect_timeout={ConnectTimeoutSeconds}";

    /// <summary>Formats as a <c>postgres://</c> URL without the password.</summary>
    public override string ToString() =>
        $"postgres://{Uri.EscapeDataString(Username)}@{(Host.Contains(':') ? $"[{Host}]" : Host)}:{Port}/{Uri.EscapeDataString(DatabaseName)}";

    internal static PostgresDatabaseUrl ParseUrl(string text)
    {
        // Never echo the text: it may hold the password.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new DatabaseException($"DATABASE_URL is not a valid PostgreSQL URL. Expected {Example}.");
        string userInfo = uri.UserInfo;
        int colon = userInfo.IndexOf(':');
        string username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
        string? password = colon < 0 ? null : Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        string host = uri.Host.Trim('[', ']');
        int port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        string where = $"postgres://{username}@{host}:{port}/{database}";
        if (username.Length == 0)
            throw new DatabaseException($"DATABASE_URL {where} names no user. Expected {Example}.");
        if (database.Length == 0 || database.Contains('/'))
            throw new DatabaseException($"DATABASE_URL {where} must name one database after the host, e.g. {Example}.");

        string sslMode = "prefer";
        int poolSize = DefaultPoolSize;
        int connectTimeout = 15;
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            string value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            switch (key)
            {
                case "sslmode" when SslModes.Contains(value):
                    sslMode = value.ToLowerInvariant();
                    break;
                case "sslmode":
                    throw new DatabaseException($"DATABASE_URL {where}: sslmode '{value}' is not one of {string.Join(", ", SslModes.Order())}.");
                case "pool_size" or "connect_timeout":
                    int number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 1000 ? n
                        : throw new DatabaseException($"DATABASE_URL {where}: {key} '{value}' must be a whole number from 1 to 1000.");
                    if (key == "pool_size") poolSize = number;
                    else connectTimeout = number;
                    break;
                default:
                    throw new DatabaseException($"DATABASE_URL {where}: unknown option '{key}'. Allowed: {string.Join(", ", AllowedOptions)}.");
            }
        }
        return new PostgresDatabaseUrl(host, port, database, username, password, sslMode, poolSize, connectTimeout);
    }
}
