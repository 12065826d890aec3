using System.Globalization;
using System.Runtime.CompilerServices;
using Serilog;
using Serilog.Events;
using Trader.Domain;

namespace Trader.Execution.Brokers;

/// <summary>
/// The broker of backtests and paper trading. Rules, all deterministic:
/// a <see cref="OrderTrigger.NextOpen"/> order waits for the next candle and fills at its open (the earliest price
/// anyone could trade at after the deciding close); a <see cref="OrderTrigger.Limit"/> order rests from the next candle
/// on and fills at its price, without slippage, on the first candle that trades through it (see there), stamped at that
/// candle's close, until canceled;
/// a post-only one whose price is already at or through the last close is rejected (it would trade at once, and the
/// venue refuses a post-only order that would take);
/// stops and immediate orders fill at their price at once;
/// slippage moves every fill but a target's against the trader; prices round to the tick against the trader
/// (buys up, sells down) and amounts down to the step; buys spend their quote amount (amount = quote / price)
/// and must pass the market's own checks (<see cref="Market.PrepareOrder"/>: minimum amount and notional, the same
/// checks the live adapter applies), else they are rejected; sells close what they are given whatever its size.
/// Repeating a client order id returns the first result (idempotent).
/// </summary>
public sealed class SimulatedBroker : IBroker
{
    private readonly Market _market;
    private readonly IFeeModel _fees;
    private readonly ISlippageModel _slippage;
    private readonly ILogger _log;
    private readonly List<SubmitOrderParameters> _open = [];
    private readonly Dictionary<string, OrderResult> _known = new(StringComparer.Ordinal);
    // The last candle's close as it came (0 before the first): rounded to the tick in decimal only where a post-only order
    // reads it, not on every candle.
    private double _lastCandleClose;

    /// <param name="market">Tick, step and minimums of the traded market (from the exchange, or <c>SimMarkets</c> offline).</param>
    /// <param name="fees">Fee of each fill.</param>
    /// <param name="slippage">Adverse price move of market fills.</param>
    /// <param name="log">Fills and rejections are logged.</param>
    public SimulatedBroker(Market market, IFeeModel fees, ISlippageModel slippage, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(slippage);
        ArgumentNullException.ThrowIfNull(log);
        _market = market;
        _fees = fees;
        _slippage = slippage;
        _log = log.ForContext<SimulatedBroker>();
    }

    /// <summary>A broker with <paramref name="paper"/>'s fee rate and slippage fraction.</summary>
    public static SimulatedBroker FromPaper(PaperConfig paper, Market market, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new(market, new RateFeeModel(paper.Fee), new FractionSlippageModel(paper.Slippage), log);
    }

    /// <inheritdoc />
    public Task<OrderResult> SubmitAsync(SubmitOrderParameters order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_known.TryGetValue(order.ClientOrderId, out var known)) return Task.FromResult(known);

        OrderResult result;
        if (order is { Trigger: OrderTrigger.Limit, PostOnly: true, Price: { } limit } && _market.RoundPrice((decimal)_lastCandleClose) is > 0m and var lastClose
            && (order.Side == OrderSide.Buy ? limit >= lastClose : limit <= lastClose))
        {
            result = Reject(order, $"post-only limit {order.Side} at {limit} would trade at once against the last close {lastClose}");
        }
        else if (order.Trigger == OrderTrigger.NextOpen || (order.Trigger == OrderTrigger.Limit && order.Price > 0m))
        {
            _open.Add(order);
            result = new OrderResult(order, OrderStatus.Open, null, null);
        }
        else if (order.Price is not { } price || price <= 0m)
        {
            result = Reject(order, $"{order.Trigger} order needs a positive price");
        }
        else
        {
            result = Execute(order, price, order.Trigger != OrderTrigger.Target, order.TimeMs);
        }
        _known[order.ClientOrderId] = result;
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per candle of a one-shot backtest: jitted optimised at once, not tier-0 code a single replay never leaves
    public ValueTask<IReadOnlyList<OrderResult>> OnCandleAsync(BrokerCandleParameters candle, CancellationToken ct)
    {
        _lastCandleClose = candle.Candle.Close;
        if (_open.Count == 0) return new ValueTask<IReadOnlyList<OrderResult>>(Array.Empty<OrderResult>());
        var done = new List<OrderResult>(_open.Count);
        decimal open = (decimal)candle.Candle.Open;
        foreach (var order in _open)
        {
            if (order.Trigger == OrderTrigger.Limit && !TradesThrough(order, candle.Candle)) continue;
            // A limit fill happens somewhere inside the candle: stamped at its close, as a stop's fill is (and as the venue stamps it).
            var result = order.Trigger == OrderTrigger.Limit
                ? Execute(order, order.Price!.Value, applySlippage: false, candle.CloseTimeMs)
                : Execute(order, open, applySlippage: true, candle.Candle.OpenTimeMs);
            _known[order.ClientOrderId] = result;
            done.Add(result);
        }
        _open.RemoveAll(o => _known.ContainsKey(o.ClientOrderId) && _known[o.ClientOrderId].Status != OrderStatus.Open);
        return new ValueTask<IReadOnlyList<OrderResult>>(done);
    }

    /// <summary>False: backtests and paper check stops against each closed candle, by the rules of docs/backtesting.md.</summary>
    public bool HoldsStops => false;

    /// <inheritdoc />
    public Task<OrderResult> CancelAsync(SubmitOrderParameters order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (_known.TryGetValue(order.ClientOrderId, out var known) && known.Status != OrderStatus.Open) return Task.FromResult(known);
        _open.RemoveAll(o => o.ClientOrderId == order.ClientOrderId);
        var canceled = new OrderResult(order, OrderStatus.Canceled, null, null);
        _known[order.ClientOrderId] = canceled;
        return Task.FromResult(canceled);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SubmitOrderParameters>> CancelOpenOrdersAsync(CancellationToken ct)
    {
        var canceled = _open.ToArray();
        foreach (var order in canceled)
        {
            _known[order.ClientOrderId] = new OrderResult(order, OrderStatus.Canceled, null, null);
        }
        _open.Clear();
        return Task.FromResult<IReadOnlyList<SubmitOrderParameters>>(canceled);
    }

    private OrderResult Execute(SubmitOrderParameters order, decimal basePrice, bool applySlippage, long timeMs)
    {
        try
        {
            return Fill(order, basePrice, applySlippage, timeMs);
        }
        catch (OverflowException e)
        {
            string at = DateTimeOffset.FromUnixTimeMilliseconds(timeMs).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            string size = order.Side == OrderSide.Buy ? Huge(order.QuoteAmount) + " " + _market.Quote : Huge(order.Amount) + " " + _market.Base;
            throw new MoneyOverflowException(
                $"simulated {order.Side.ToString().ToLowerInvariant()} {order.ClientOrderId} of {size} at {at}: the money is past decimal's range (about 7.9e28); " +
                "the balance compounded beyond anything a market could fill. Stake a fixed amount (risk.stake: { quote: 1000 }) or a smaller fraction, or run a shorter range.", e);
        }
    }

    private static string Huge(decimal value) => value.ToString("0.###E+0", CultureInfo.InvariantCulture);

    private OrderResult Fill(SubmitOrderParameters order, decimal basePrice, bool applySlippage, long timeMs)
    {
        decimal slip = applySlippage ? _slippage.GetSlippage(new SlippageParameters(order.Side, basePrice)) : 0m;
        decimal price = order.Side == OrderSide.Buy
            ? CeilingToTick(basePrice + slip)
            : _market.RoundPrice(basePrice - slip);
        if (price <= 0m) return Reject(order, $"price {basePrice} after slippage and tick rounding is not positive");

        decimal amount;
        if (order.Side == OrderSide.Buy)
        {
            try
            {
                (amount, _) = _market.PrepareOrder(OrderType.Market, OrderSide.Buy, _market.RoundAmount(order.QuoteAmount / price), null, price);
            }
            catch (InvalidOrderException e)
            {
                return Reject(order, e.Message);
            }
        }
        else
        {
            amount = order.Amount;
            if (amount <= 0m) return Reject(order, $"sell amount {amount} is not positive");
        }

        decimal fee = _fees.GetFee(new FeeParameters(order.Side, price, amount, order.Trigger));
        var fill = new BrokerFill(order.ClientOrderId, order.Side, price, amount, fee, timeMs);
        // Once per fill, in every point of a sweep: the arguments are boxed only when the line is written.
        if (_log.IsEnabled(LogEventLevel.Debug))
        {
            _log.Debug("Simulated fill {ClientOrderId} {Side} {Amount} at {Price} fee {Fee}", order.ClientOrderId, order.Side, amount, price, fee);
        }
        return new OrderResult(order, OrderStatus.Closed, fill, null);
    }

    // Strictly through: a price only touched may not have reached an order at the back of the queue.
    private static bool TradesThrough(SubmitOrderParameters order, in Candle candle) => order.Side == OrderSide.Buy
        ? (decimal)candle.Low < order.Price!.Value
        : (decimal)candle.High > order.Price!.Value;

    // Rounds up to the tick: a buyer pays at worst the next tick, never less than the slipped price.
    private decimal CeilingToTick(decimal price)
    {
        decimal down = _market.RoundPrice(price);
        return down == price || _market.TickSize <= 0m ? price : down + _market.TickSize;
    }

    private OrderResult Reject(SubmitOrderParameters order, string reason)
    {
        _log.Information("Simulated order {ClientOrderId} {Side} rejected: {Reason}", order.ClientOrderId, order.Side, reason);
        return new OrderResult(order, OrderStatus.Rejected, null, reason);
    }
}
