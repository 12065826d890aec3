using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>Simulated-broker settings, used by paper mode and the backtester.</summary>
/// <param name="StartingBalance">Quote-currency balance at start, e.g. 10000 USDT; above 0.</param>
/// <param name="Fee">Fee rate per fill, 0.001 = 0.1 %; from 0 to below 0.1.</param>
/// <param name="Slippage">Adverse price move per market fill, 0.0005 = 0.05 %; from 0 to below 0.1.</param>
public sealed record PaperConfig(decimal StartingBalance = 10_000m, decimal Fee = 0.001m, decimal Slippage = 0.0005m) : IValidatedConfig
{
    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        var rules = new ConfigChecks();
        if (StartingBalance <= 0) rules.Add(nameof(StartingBalance), $"must be above 0 (quote currency, e.g. 10000), got {StartingBalance}");
        return rules
            .Between(nameof(Fee), (double)Fee, 0, true, 0.1, false, "0.001 (0.1 %)")
            .Between(nameof(Slippage), (double)Slippage, 0, true, 0.1, false, "0.0005 (0.05 %)")
            .ToList();
    }
}
