using Trader.Domain;
using Trader.Execution.Journal;

namespace Trader.Execution.Brokers.Live;

// Partial fills of resting limit orders, booked as they come: at each step, the trades of a resting order up to the
// candle's close not reported yet are reported as one part (the order open, the part its fill); the order's end
// carries only what no part reported. A replay re-reports the recorded parts at the steps they were booked in (a part's
// time is its last trade's, within the candle that booked it), then goes on at the venue.
public sealed partial class LiveBroker
{
    // Resting limit orders that reported parts (or whose trades were read), by client id.
    private readonly Dictionary<string, LimitParts> _parts = new(StringComparer.Ordinal);

    private LimitParts PartsOf(string clientOrderId)
    {
        if (!_parts.TryGetValue(clientOrderId, out var parts)) _parts[clientOrderId] = parts = new LimitParts();
        return parts;
    }

    // A resting limit order at a candle's close: its parts filled by then and not reported yet, then its end when it
    // ended by then. The store answers first (a replay): recorded parts at their steps, a recorded end at the step that
    // booked it. Then the venue: one read of the order per step (none while a read at a later venue time saw it resting),
    // and its trades only when its Filled moved.
    private async Task<IReadOnlyList<OrderResult>> LimitStateAsync(SubmitOrderParameters order, string exchangeId, long closeTimeMs, CancellationToken ct)
    {
        var parts = PartsOf(order.ClientOrderId);
        var results = new List<OrderResult>();
        var stored = await _orders.GetAsync(order.ClientOrderId, ct);
        if (stored is { Filled: > 0m })
        {
            var recorded = (await _fills.ListByOrderAsync(order.ClientOrderId, ct)).Where(f => PartFillIds.IsPart(f.FillId)).ToList();
            for (; parts.Reported < recorded.Count && recorded[parts.Reported].TimeMs <= closeTimeMs; parts.Reported++)
            {
                var f = recorded[parts.Reported];
                results.Add(new OrderResult(order, OrderStatus.Open, new BrokerFill(order.ClientOrderId, order.Side, f.Price, f.Amount, f.Fee, f.TimeMs), null, exchangeId));
                parts.ThroughMs = f.TimeMs;
            }
            if (parts.Reported < recorded.Count) return results;
        }
        if (stored is not null && stored.Status != OrderStatus.Open)
        {
            // Ended and booked before: at the step that booked it (the engine's own cancel is made again at its step).
            if (stored.Status != OrderStatus.Canceled && stored.UpdatedMs <= closeTimeMs && await RecordedAsync(order, stored, ct) is { } end)
            {
                results.Add(end);
                _parts.Remove(order.ClientOrderId);
            }
            return results;
        }

        if (closeTimeMs <= _restingAsOfMs && _restingAsOf.Contains(exchangeId))
        {
            AddPart(results, order, exchangeId, parts, closeTimeMs);
            return results;
        }
        if (closeTimeMs > _restingAsOfMs)
        {
            // Read before the order, so whatever the order's answer says held at this time too.
            _restingAsOfMs = await _exchange.FetchTimeAsync(ct);
            _restingAsOf.Clear();
        }
        var state = await _exchange.FetchOrderAsync(_market.Symbol, OrderRef.ById(exchangeId), ct);
        if (state.Filled != parts.TradesFilled)
        {
            parts.Trades = await TradesOfAsync(state, ct);
            parts.TradesFilled = state.Filled;
        }
        if (state.Status == OrderStatus.Open) _restingAsOf.Add(exchangeId);
        if (state.Status == OrderStatus.Open || state.LastUpdateMs > closeTimeMs)
        {
            AddPart(results, order, exchangeId, parts, closeTimeMs);
            return results;
        }
        results.Add(state.Status is OrderStatus.Canceled or OrderStatus.Expired && state.Filled == 0m
            ? EndedByVenue(order, state, exchangeId)
            : await ResultAsync(order, state, ct));
        return results;
    }

    private void AddPart(List<OrderResult> results, SubmitOrderParameters order, string exchangeId, LimitParts parts, long closeTimeMs)
    {
        var fresh = parts.Unreported(closeTimeMs);
        if (fresh.Count == 0) return;
        var part = FillOf(order, fresh, fresh[^1].TimestampMs);
        _log.Information("Order {ClientOrderId} filled a part of {Amount} {Symbol} while resting", order.ClientOrderId, fresh.Sum(t => t.Amount), _market.Symbol);
        parts.ThroughMs = fresh[^1].TimestampMs;
        parts.Reported++;
        results.Add(new OrderResult(order, OrderStatus.Open, part, null, exchangeId));
    }

    // The fill an order's end carries: its trades no part reported (all of them when none was); null when every trade was.
    private async Task<BrokerFill?> EndFillAsync(SubmitOrderParameters order, ExchangeOrder placed, CancellationToken ct)
    {
        if (!_parts.Remove(order.ClientOrderId, out var parts) || !parts.AnyReported) return await FillOfAsync(order, placed, ct);
        var trades = parts.TradesFilled == placed.Filled ? parts.Trades : await TradesOfAsync(placed, ct);
        var rest = trades.Where(t => t.TimestampMs > parts.ThroughMs).ToList();
        return rest.Count == 0 ? null : FillOf(order, rest, rest.Max(t => t.TimestampMs));
    }

    private async Task<IReadOnlyList<ExchangeTrade>> TradesOfAsync(ExchangeOrder placed, CancellationToken ct) =>
        (await _exchange.FetchMyTradesAsync(_market.Symbol, placed.TimestampMs, 1000, ct)).Where(t => t.OrderId == placed.Id).ToList();
}
