using Serilog.Events;
using Trader.Execution.Brokers;
using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Execution.Engine;

// Live limit orders filling in parts, booked as they come (the broker reports each new part at the step of the candle it
// filled in). An entry's first part opens its lot and each next part grows it (amount, average price, fees), the lot's
// stop on the exchange resized to cover it (cancel, then a new stop for the whole lot, id tag g1, g2, ...). An exit's
// parts shrink its lot; the exit's end (the rest sold at market after its timeout) closes it with one round trip over
// every part. At an entry's timeout the rest is canceled and the lot keeps what filled.
public sealed partial class TradingEngine
{
    // Limit exits that sold in parts: exit client id -> the lot's amount before the first part and the parts so far.
    private readonly Dictionary<string, (decimal LotAmount, BrokerFill Sold)> _exitParts = new(StringComparer.Ordinal);
    // How many times each lot grew (the tag of its resized stop).
    private readonly Dictionary<string, int> _growths = new(StringComparer.Ordinal);

    private async Task BookPartAsync(SubmitOrderParameters order, BrokerFill part, long closeTimeMs, CancellationToken ct)
    {
        var id = order.ClientOrderId;
        if (part.Side == OrderSide.Buy)
        {
            if (_positions.Exists(p => p.EntryOrderId == id)) await GrowLotAsync(order, part, closeTimeMs, ct);
            else await OpenLotAsync(order, part, closeTimeMs, ct);
            return;
        }
        int at = _pendingExits.TryGetValue(id, out var exit) ? _positions.FindIndex(p => p.EntryOrderId == exit.EntryOrderId) : -1;
        if (at < 0) throw new InvalidOperationException($"Sell part {id} sells no open position.");
        var lot = _positions[at];
        _exitParts[id] = _exitParts.TryGetValue(id, out var sold) ? (sold.LotAmount, sold.Sold.Plus(part)) : (lot.Amount, part);
        _positions[at] = lot with { Amount = lot.Amount - part.Amount };
        _cash += part.Notional - part.Fee;
        Rebook();
        if (_log.IsEnabled(LogEventLevel.Information))
        {
            _log.Information("Sold {Amount} {Base} of {EntryOrderId} at {Price} fee {Fee} by {ClientOrderId} (a part; {Left} left)",
                _settings.Market.Amount(part.Amount), _settings.Market.Base, exit.EntryOrderId, _settings.Market.Money(part.Price),
                _settings.Market.Money(part.Fee), id, _settings.Market.Amount(_positions[at].Amount));
        }
    }

    // An entry's next part (or the fill its end carried) grows its lot; the stop on the exchange is resized to the new amount.
    private async Task GrowLotAsync(SubmitOrderParameters entry, BrokerFill part, long closeTimeMs, CancellationToken ct)
    {
        if (part.Amount == 0m) return;
        var entryOrderId = entry.ClientOrderId;
        var lot = _positions.Find(p => p.EntryOrderId == entryOrderId)!;
        bool heldStop = _stops.ContainsKey(entryOrderId);
        // The stop goes first: one that filled meanwhile closed the lot it covered, and this part starts the lot again.
        if (heldStop && !await CancelStopAsync(lot, closeTimeMs, ct))
        {
            _log.Warning("Entry {EntryOrderId} filled another part after its lot's stop filled; the part opens the lot again", entryOrderId);
            await OpenLotAsync(entry, part, closeTimeMs, ct);
            return;
        }
        int at = _positions.FindIndex(p => p.EntryOrderId == entryOrderId);
        decimal amount = lot.Amount + part.Amount;
        var grown = lot with { Amount = amount, EntryPrice = (lot.EntryPrice * lot.Amount + part.Notional) / amount, EntryFee = lot.EntryFee + part.Fee };
        _positions[at] = grown;
        _cash -= part.Notional + part.Fee;
        Rebook();
        if (_log.IsEnabled(LogEventLevel.Information))
        {
            _log.Information("Bought {Amount} {Base} more at {Price} fee {Fee} by {ClientOrderId} (a part; the lot holds {Total})",
                _settings.Market.Amount(part.Amount), _settings.Market.Base, _settings.Market.Money(part.Price), _settings.Market.Money(part.Fee),
                entryOrderId, _settings.Market.Amount(amount));
        }
        await _journal.TradeResizedAsync(grown, ct);
        if (!heldStop) return;
        int growth = _growths[entryOrderId] = _growths.GetValueOrDefault(entryOrderId) + 1;
        await PlaceStopAsync(grown, "g" + growth.ToString(System.Globalization.CultureInfo.InvariantCulture), closeTimeMs, ct);
    }

    // An order whose parts were all booked ends with nothing more: booked as a fill of nothing, so the lot ends as any fill ends it.
    private OrderResult WithPartsEnded(OrderResult result)
    {
        if (result.Status != OrderStatus.Closed || result.Fill is not null) return result;
        var id = result.Order.ClientOrderId;
        bool hadParts = result.Order.Side == OrderSide.Buy ? _positions.Exists(p => p.EntryOrderId == id) : _exitParts.ContainsKey(id);
        return hadParts ? result with { Fill = new BrokerFill(id, result.Order.Side, 0m, 0m, 0m, long.MinValue) } : result;
    }

    // An exit that sold in parts closes the lot as it was before them, over every part and its end.
    private (OpenPosition Lot, BrokerFill Exit) WithExitParts(string exitOrderId, OpenPosition lot, BrokerFill end) =>
        _exitParts.Remove(exitOrderId, out var sold) ? (lot with { Amount = sold.LotAmount }, sold.Sold.Plus(end)) : (lot, end);

    // Before a lot is sold, the rest of its entry still resting (partly filled) is canceled and what filled is booked, so
    // the exit sells what the lot holds and nothing buys into it afterwards.
    private async Task EndRestingEntryAsync(long closeTimeMs, CancellationToken ct)
    {
        if (_pendingEntryId is not { } id || !_positions.Exists(p => p.EntryOrderId == id) || !_limits.Remove(id, out var resting)) return;
        _log.Information("Limit entry {ClientOrderId} still rests while its lot is sold; canceling the rest", id);
        await BookAsync(await _broker.CancelAsync(resting.Order, ct), closeTimeMs, ct);
    }
}
