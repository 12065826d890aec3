namespace Trader.Domain;

/// <summary>
/// Quote currency that live instances sharing one exchange account have committed to an entry the exchange does not
/// have yet, shared through the database so every process on every host sees it. Between deciding an entry's size and
/// the exchange taking the order, the money still shows as free in the account's balance; another instance that reads
/// the balance then must subtract it, or both would spend it. Once the exchange has the order (resting or filled), the
/// balance itself shows it, and the reservation is released.
/// </summary>
public interface IFundsReservationStore
{
    /// <summary>
    /// Records <paramref name="reservation"/> as its instance's one reservation on its account (replacing an earlier one)
    /// and returns what every other instance on the same account and asset has reserved, atomically across processes:
    /// of two instances reserving at once, the later one always counts the earlier one.
    /// </summary>
    Task<decimal> ReserveAsync(FundsReservation reservation, CancellationToken ct);

    /// <summary>What instances other than <paramref name="instance"/> have reserved of <paramref name="asset"/> on <paramref name="account"/>.</summary>
    Task<decimal> ReservedByOthersAsync(string account, string asset, string instance, CancellationToken ct);

    /// <summary>Drops <paramref name="instance"/>'s reservation on <paramref name="account"/>, if any (idempotent).</summary>
    Task ReleaseAsync(string account, string instance, CancellationToken ct);
}
