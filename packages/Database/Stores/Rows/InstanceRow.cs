using Trader.Domain;

namespace Trader.Database.Stores.Rows;

/// <summary>An <c>instances</c> row as both backends return it.</summary>
internal sealed class InstanceRow
{
    public string Name { get; init; } = "";
    public string ConfigHash { get; init; } = "";
    public string Mode { get; init; } = "";
    public string Exchange { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Timeframe { get; init; } = "";
    public string Version { get; init; } = "";
    public long StartedMs { get; init; }
    public long HeartbeatMs { get; init; }
    public long? StoppedMs { get; init; }
    public string Status { get; init; } = "";

    /// <summary>The parameters of <c>InstanceSql.Register</c>.</summary>
    public static object Parameters(InstanceRegistration registration) => new
    {
        registration.Name,
        registration.ConfigHash,
        Mode = EnumText.ToText(registration.Mode),
        registration.Exchange,
        registration.Symbol,
        Timeframe = registration.Timeframe.ToString(),
        registration.Version,
        registration.StartedMs,
    };

    /// <summary>The parameters of <c>InstanceSql.MarkEnded</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is running.</exception>
    public static object EndParameters(string name, long timeMs, InstanceStatus status) => status == InstanceStatus.Running
        ? throw new ArgumentOutOfRangeException(nameof(status), status, "An instance ends as stopped or failed; use RegisterAsync to start it.")
        : new { name, timeMs, Status = EnumText.ToText(status) };

    public InstanceInfo ToInfo() => new(
        new InstanceRegistration(Name, ConfigHash, EnumText.Parse<TradingMode>(Mode), Exchange, Symbol,
            Domain.Timeframe.Parse(Timeframe), Version, StartedMs),
        HeartbeatMs, StoppedMs, EnumText.Parse<InstanceStatus>(Status));
}
