using System.Net;
using Trader.Domain;
using Trader.Dashboard.Auth;
using Trader.Hosting.Config;

namespace Trader.Dashboard;

/// <summary>
/// The dashboard's settings, from the environment (and <c>.env</c>), checked once at start. The tokens are
/// <see cref="Secret"/>s: they print as <c>***</c> and are never logged.
/// </summary>
/// <param name="DatabaseUrl"><c>DATABASE_URL</c>, as every app reads it.</param>
/// <param name="Bind"><c>DASHBOARD_BIND</c>: the address to listen on; default 127.0.0.1 (this machine only).</param>
/// <param name="Port"><c>DASHBOARD_PORT</c>: the TCP port; default 8080; 0 picks a free one.</param>
/// <param name="Tokens">The read-only and the control token.</param>
internal sealed record DashboardSettings(string DatabaseUrl, IPAddress Bind, int Port, AccessTokens Tokens)
{
    public const string BindVariable = "DASHBOARD_BIND";
    public const string PortVariable = "DASHBOARD_PORT";
    public const string ReadTokenVariable = "DASHBOARD_READ_TOKEN";
    public const string ControlTokenVariable = "DASHBOARD_CONTROL_TOKEN";
    public const int DefaultPort = 8080;

    /// <summary>Shortest token accepted: guessing one must be hopeless.</summary>
    public const int MinTokenLength = 16;

    /// <exception cref="ConfigException">A variable is missing or invalid; the message names it and what is allowed (never its value, for tokens).</exception>
    public static DashboardSettings From(IReadOnlyDictionary<string, string> variables)
    {
        string? Get(string name) => variables.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var bindText = Get(BindVariable) ?? "127.0.0.1";
        if (!IPAddress.TryParse(bindText, out var bind))
            throw new ConfigException($"{BindVariable}='{bindText}' is not an IP address. Use 127.0.0.1 (this machine only, the default) or 0.0.0.0 (every interface, e.g. inside a container).");
        int port = DefaultPort;
        if (Get(PortVariable) is { } portText && (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port > 65535))
            throw new ConfigException($"{PortVariable}='{portText}' is not a TCP port. Use 0..65535 (0: any free port), e.g. {PortVariable}={DefaultPort}.");

        var read = Token(Get(ReadTokenVariable), ReadTokenVariable)
            ?? throw new ConfigException($"{ReadTokenVariable} is not set: the dashboard serves nothing without it. Set it in the environment or .env to a random string of at least {MinTokenLength} characters (e.g. `openssl rand -hex 24`).");
        var control = Token(Get(ControlTokenVariable), ControlTokenVariable);
        if (control is not null && control.Reveal() == read.Reveal())
            throw new ConfigException($"{ControlTokenVariable} equals {ReadTokenVariable}: the control token must differ, or a read-only client could control instances.");

        return new DashboardSettings(TraderEnvironment.From(variables).DatabaseUrl, bind, port, new AccessTokens(read, control));
    }

    private static Secret? Token(string? value, string variable) => value switch
    {
        null => null,
        { Length: < MinTokenLength } => throw new ConfigException($"{variable} is shorter than {MinTokenLength} characters. Use a random string, e.g. `openssl rand -hex 24`."),
        _ => new Secret(value),
    };
}
