namespace Trader.Core.Config;

/// <summary>Simulated-broker settings, used by paper mode and the backtester.</summary>
/// <param name="StartingBalance">Quote-currency balance at start, e.g. 10000 USDT.</param>
/// <param name="Fee">Fee rate per fill, 0.001 = 0.1 %.</param>
/// <param name="Slippage">Adverse price move per market fill, 0.0005 = 0.05 %.</param>
public sealed record PaperConfig(decimal StartingBalance = 10_000m, decimal Fee = 0.001m, decimal Slippage = 0.0005m);
