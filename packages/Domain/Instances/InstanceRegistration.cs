
namespace Trader.Domain;

/// <summary>What a trader process announces about itself when it starts.</summary>
/// <param name="Name">Instance name (unique; from the YAML).</param>
/// <param name="ConfigHash">Hash of the effective configuration, to spot config changes between runs.</param>
/// <param name="Mode">Paper or live.</param>
/// <param name="Exchange">Exchange id.</param>
/// <param name="Symbol">Unified market symbol.</param>
/// <param name="Timeframe">Candle period the strategy runs on.</param>
/// <param name="Version">Version of the running program.</param>
/// <param name="StartedMs">Start time, Unix ms UTC.</param>
public sealed record InstanceRegistration(
    string Name,
    string ConfigHash,
    TradingMode Mode,
    string Exchange,
    string Symbol,
    Timeframe Timeframe,
    string Version,
    long StartedMs);
