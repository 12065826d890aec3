namespace Trader.ExchangeSim.Dialects;

/// <summary>
/// A dialect's name, its venue's default request budget (limit per window), how to build it, the API secret it
/// accepts unless <c>--api-secret</c> says otherwise (Kraken's secrets are base64, the others' plain text), and whether
/// its venue charges fees in the quote asset (<see cref="Trader.Simulator.SimulatorSettings.FeesInQuote"/>).
/// </summary>
public sealed record DialectInfo(string Name, int DefaultLimit, TimeSpan DefaultWindow, Func<DialectContext, IDialect> Create,
    string DefaultSecret = DialectInfo.PlainSecret, bool FeesInQuote = false)
{
    /// <summary>The default secret of the dialects that take any text.</summary>
    public const string PlainSecret = "sim-api-secret";
}
