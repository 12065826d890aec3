using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// What live mode needs (the <c>live:</c> section): the most quote currency the instance may use and how fees are
/// handled. Paper mode and backtests ignore it; they take their balance and fees from <see cref="PaperConfig"/>.
/// </summary>
/// <param name="Budget">The most quote currency the instance may spend (its starting cash, e.g. 1000 USDT); above 0 and at most <see cref="ConfigChecks.MaxMoney"/>. Entries are also capped by what the exchange account has free.</param>
/// <param name="FeeReserve">Fee rate set aside when sizing an entry, 0.001 = 0.1 % (the venue's taker rate); from 0 to below 0.1.</param>
/// <param name="ConvertFees">Whether fees the exchange charges in a third asset (BNB on Binance) are converted to quote at that asset's last price and counted in the trade's fees and P&amp;L; false leaves them out (logged).</param>
public sealed record LiveConfig(decimal Budget, decimal FeeReserve = 0.001m, bool ConvertFees = true) : IValidatedConfig
{
    /// <summary>
    /// The live settings of <paramref name="instance"/>: its <c>live:</c> section, or for files written before it existed
    /// (deprecated) the budget from <c>paper.starting_balance</c> and the fee reserve from <c>paper.fee</c>.
    /// </summary>
    public static LiveConfig Of(InstanceConfig instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Live ?? FromPaper(instance.Paper);
    }

    /// <summary>The settings an instance without a <c>live:</c> section has always traded with: the paper balance and fee.</summary>
    public static LiveConfig FromPaper(PaperConfig paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new LiveConfig(paper.StartingBalance, paper.Fee);
    }

    /// <inheritdoc />
    public IReadOnlyList<ConfigViolation> Violations()
    {
        return new ConfigChecks()
            .Money(nameof(Budget), Budget, "1000")
            .Between(nameof(FeeReserve), (double)FeeReserve, 0, true, 0.1, false, "0.001 (0.1 %)")
            .ToList();
    }
}
