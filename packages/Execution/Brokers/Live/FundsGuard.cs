using System.Globalization;
using Serilog;
using Trader.Domain;

namespace Trader.Execution.Brokers.Live;

/// <summary>
/// Keeps a live instance's buys within what its exchange account has free, less what other instances on the same
/// account have reserved, so two instances whose budgets together exceed the balance never spend the same money. It
/// guards the buys of <see cref="LiveAccountExchange"/>, the exchange the <see cref="LiveBroker"/> sends through: every
/// buy the broker really sends (never one it answers from the store or finds on the exchange) is first reserved in the database
/// (<see cref="IFundsReservationStore"/>: the later of two reservers counts the earlier), then checked against the
/// balance read after the reservation, shrunk to what is available, and released once the exchange answered (from then
/// on the balance itself shows it). A buy that not even the market's smallest order fits into is not sent: it fails
/// with <see cref="EntrySkippedException"/>, which the broker books as rejected, so the entry is skipped with its
/// reason (one log line) and an <see cref="AlertKinds.InsufficientFunds"/> alert, and the next entry signal tries afresh (no retry loop).
/// </summary>
public sealed class FundsGuard
{
    private readonly IExchange _inner;
    private readonly IFundsReservationStore _reservations;
    private readonly IAlertStore _alerts;
    private readonly FundsGuardSettings _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;

    /// <param name="inner">The exchange orders go to (the retrying, throttled adapter).</param>
    /// <param name="reservations">Where instances on one account record what they are about to spend.</param>
    /// <param name="alerts">The alert outbox; a skipped entry writes one alert keyed by its client order id.</param>
    /// <param name="settings">Account, instance and fee reserve.</param>
    /// <param name="clock">Time of reservations and alerts.</param>
    /// <param name="log">Capped and skipped entries are logged.</param>
    public FundsGuard(IExchange inner, IFundsReservationStore reservations, IAlertStore alerts, FundsGuardSettings settings, TimeProvider clock, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(reservations);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(log);
        _inner = inner;
        _reservations = reservations;
        _alerts = alerts;
        _settings = settings;
        _clock = clock;
        _log = log.ForContext<FundsGuard>();
    }

    private string Name => _inner.Name;

    /// <summary>
    /// At start: drops a reservation this instance left behind (a crash while sending; the order is on the exchange or
    /// never was, either way the balance shows it) and reads what it may spend on <paramref name="symbol"/>.
    /// </summary>
    public async Task<FundsAtStart> StartAsync(string symbol, CancellationToken ct)
    {
        await _reservations.ReleaseAsync(_settings.Account, _settings.Instance, ct);
        var market = await MarketAsync(symbol, ct);
        decimal last = (await _inner.FetchTickerAsync(symbol, ct)).Last;
        decimal free = (await _inner.FetchBalanceAsync(ct))[market.Quote].Free;
        decimal others = await _reservations.ReservedByOthersAsync(_settings.Account, market.Quote, _settings.Instance, ct);
        return new FundsAtStart(free, others, SmallestOrder(market, last));
    }

    /// <summary>Writes an <see cref="AlertKinds.InsufficientFunds"/> alert, keyed by <paramref name="key"/> (idempotent).</summary>
    public Task AlertAsync(string key, string text, CancellationToken ct)
    {
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        return _alerts.AddAsync(new AlertEvent(key, _settings.Instance, AlertKinds.InsufficientFunds, now, text), now, ct);
    }

    /// <summary>Reserves, checks and sends a buy (shrunk to what is available), then releases the reservation.</summary>
    /// <exception cref="EntrySkippedException">Not even the market's smallest order fits into what is available; nothing was sent.</exception>
    public async Task<ExchangeOrder> BuyAsync(string symbol, OrderType type, decimal amount, decimal? price, string clientOrderId, CancellationToken ct)
    {
        var market = await MarketAsync(symbol, ct);
        decimal unitPrice = price ?? (await _inner.FetchTickerAsync(symbol, ct)).Last;
        decimal reserveRate = 1m + _settings.FeeReserve;
        decimal needed = amount * unitPrice * reserveRate;
        long now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        decimal others = await _reservations.ReserveAsync(new FundsReservation(_settings.Account, _settings.Instance, market.Quote, needed, now), ct);
        try
        {
            // Read after reserving: whatever another instance reserves from now on counts this reservation.
            decimal free = (await _inner.FetchBalanceAsync(ct))[market.Quote].Free;
            decimal available = Math.Max(0m, free - others);
            if (needed > available)
            {
                decimal fits = unitPrice > 0 ? market.RoundAmount(available / reserveRate / unitPrice) : 0m;
                if (fits <= 0m || fits < market.MinAmount || fits * unitPrice < market.MinNotional)
                {
                    string reason = $"insufficient balance, entry skipped: {Money(market, free)} {market.Quote} free on {Name}, {Money(market, others)} {market.Quote} reserved by other instances on the account; " +
                        $"the {Money(market, available)} {market.Quote} left does not cover the smallest order of {Money(market, SmallestOrder(market, unitPrice))} {market.Quote} (wanted {Money(market, needed)} {market.Quote} with the fee reserve)";
                    await AlertAsync($"funds:{clientOrderId}", reason, ct);
                    throw new EntrySkippedException(reason);
                }
                _log.Warning("Entry {ClientOrderId} capped to {Amount} {Base} from {Wanted}: {Free} {Quote} free on {Exchange}, {Reserved} {Quote} reserved by other instances",
                    clientOrderId, fits, market.Base, amount, free, market.Quote, Name, others);
                amount = fits;
            }
            return await _inner.CreateOrderAsync(symbol, type, OrderSide.Buy, amount, price, clientOrderId, ct);
        }
        finally
        {
            // The exchange answered (or never will for this attempt): the balance shows the order from here on.
            await _reservations.ReleaseAsync(_settings.Account, _settings.Instance, CancellationToken.None);
        }
    }

    private async Task<Market> MarketAsync(string symbol, CancellationToken ct) =>
        (await _inner.LoadMarketsAsync(ct)).TryGetValue(symbol, out var market)
            ? market : throw new InvalidOrderException($"{Name} has no market '{symbol}'.");

    private static decimal SmallestOrder(Market market, decimal price) => Math.Max(market.MinNotional, market.MinAmount * price);

    private static string Money(Market market, decimal value) => market.Money(value).ToString(CultureInfo.InvariantCulture);
}
