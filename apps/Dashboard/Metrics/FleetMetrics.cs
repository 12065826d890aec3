using Prometheus;
using Trader.Database;
using Trader.Domain;

namespace Trader.Dashboard.Metrics;

/// <summary>
/// The fleet as Prometheus gauges, read from the shared database at each scrape (what the DB holds, nothing cached):
/// per instance its status, heartbeat age, equity, cash, open position, P&amp;L and orders by status, and its exchange
/// requests (per method: count, failures, summed seconds) and rate-limit budget use as its trader last reported them.
/// An instance that leaves the database leaves the output. Money is in quote currency, as a float (Prometheus has no decimals).
/// </summary>
internal sealed class FleetMetrics
{
    private static readonly string[] Instance = ["instance"];

    private readonly TradingDatabase _db;
    private readonly Fleet _fleet;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _scrape = new(1, 1);
    private readonly Gauge _info, _running, _heartbeatAge, _equity, _cash, _positionValue, _positionAmount, _pnlToday, _pnlTotal, _closedTrades, _orders;
    private readonly Gauge _budgetUsed, _budget;
    private readonly Counter _requests, _requestErrors, _requestSeconds;
    private readonly Gauge[] _all;
    private readonly Counter[] _counters;

    public FleetMetrics(TradingDatabase db, TimeProvider clock)
    {
        _db = db;
        _fleet = new Fleet(db.Instances, db.Trades, db.Equity);
        _clock = clock;
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        Gauge Create(string name, string help, params string[] labels) =>
            factory.CreateGauge(name, help, new GaugeConfiguration { LabelNames = labels.Length == 0 ? Instance : labels });

        _info = Create("trader_instance_info", "Always 1: the instance's registration and status as labels.", "instance", "mode", "status", "exchange", "symbol", "timeframe", "version");
        _running = Create("trader_instance_running", "1 while the instance is registered as running, 0 when stopped or failed.");
        _heartbeatAge = Create("trader_instance_heartbeat_age_seconds", "Seconds since the instance's last heartbeat.");
        _equity = Create("trader_instance_equity", "Equity (cash plus the position marked to market) of the newest snapshot, quote currency.");
        _cash = Create("trader_instance_cash", "Free quote balance of the newest equity snapshot.");
        _positionValue = Create("trader_instance_position_value", "Open position marked to market in the newest equity snapshot, quote currency.");
        _positionAmount = Create("trader_instance_position_amount", "Size of the open position in base currency; 0 when flat.");
        _pnlToday = Create("trader_instance_pnl_today", "Realised P&L after fees of the trades closed since 00:00 UTC, quote currency.");
        _pnlTotal = Create("trader_instance_pnl_total", "Realised P&L after fees of every closed trade, quote currency.");
        _closedTrades = Create("trader_instance_closed_trades", "Number of closed trades.");
        _orders = Create("trader_instance_orders", "Orders by status (ccxt meanings).", "instance", "status");
        _budgetUsed = Create("trader_exchange_rate_limit_used", "Request weight the instance's trader had used of its budget in the current rate-limit window at its last heartbeat.");
        _budget = Create("trader_exchange_rate_limit_budget", "Request weight the instance's trader may use per rate-limit window (its share of the venue's limit).");
        Counter Count(string name, string help) =>
            factory.CreateCounter(name, help, new CounterConfiguration { LabelNames = ["instance", "method"] });
        _requests = Count("trader_exchange_requests_total", "Requests the instance sent to its exchange, per ccxt method, every attempt counted.");
        _requestErrors = Count("trader_exchange_request_errors_total", "Requests that failed (exchange error, network error or timeout), per method.");
        _requestSeconds = Count("trader_exchange_request_seconds_total",
            "Summed duration of the requests, per method; divided by trader_exchange_requests_total it is the mean latency.");
        _all = [_info, _running, _heartbeatAge, _equity, _cash, _positionValue, _positionAmount, _pnlToday, _pnlTotal, _closedTrades, _orders, _budgetUsed, _budget];
        _counters = [_requests, _requestErrors, _requestSeconds];
        Registry.AddBeforeCollectCallback(UpdateAsync);
    }

    /// <summary>The registry <c>/metrics</c> serves: these gauges only.</summary>
    public CollectorRegistry Registry { get; }

    private async Task UpdateAsync(CancellationToken ct)
    {
        await _scrape.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var seen = _all.ToDictionary(g => g, _ => new HashSet<string>(StringComparer.Ordinal));
            void Set(Gauge gauge, double value, params string[] labels)
            {
                gauge.WithLabels(labels).Set(value);
                seen[gauge].Add(Key(labels));
            }

            foreach (var s in await _fleet.SummarizeAsync(_clock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false))
            {
                var r = s.Instance.Registration;
                string name = r.Name;
                Set(_info, 1, name, Api.Text.Of(r.Mode), Api.Text.Of(s.Instance.Status), r.Exchange, r.Symbol, r.Timeframe.ToString(), r.Version);
                Set(_running, s.Instance.Status == InstanceStatus.Running ? 1 : 0, name);
                Set(_heartbeatAge, s.HeartbeatAgeMs / 1000.0, name);
                if (s.LatestEquity is { } e)
                {
                    Set(_equity, (double)e.Equity, name);
                    Set(_cash, (double)e.Cash, name);
                    Set(_positionValue, (double)e.PositionValue, name);
                }
                Set(_positionAmount, (double)(s.OpenPosition?.Amount ?? 0m), name);
                Set(_pnlToday, (double)s.PnlToday, name);
                Set(_pnlTotal, (double)s.PnlTotal, name);
                Set(_closedTrades, s.ClosedTrades, name);
                var orders = await _db.Orders.ListAsync(name, ct).ConfigureAwait(false);
                foreach (var status in Enum.GetValues<OrderStatus>())
                    Set(_orders, orders.Count(o => o.Status == status), name, Api.Text.Of(status));
            }

            var counted = _counters.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal));
            foreach (var stats in await _db.ExchangeStats.ListAsync(ct).ConfigureAwait(false))
            {
                if (stats.Budget is { } budget)
                {
                    Set(_budgetUsed, budget.Used, stats.Instance);
                    Set(_budget, budget.Budget, stats.Instance);
                }
                foreach (var call in stats.Calls)
                {
                    string[] labels = [stats.Instance, call.Method];
                    // The database's totals only grow; a counter removed with its instance starts again from them.
                    foreach (var (counter, value) in new[] { (_requests, (double)call.Requests), (_requestErrors, call.Errors), (_requestSeconds, call.Seconds) })
                    {
                        counter.WithLabels(labels).IncTo(value);
                        counted[counter].Add(Key(labels));
                    }
                }
            }

            foreach (var gauge in _all)
            {
                foreach (var labels in gauge.GetAllLabelValues().Where(l => !seen[gauge].Contains(Key(l))).ToList())
                    gauge.RemoveLabelled(labels);
            }
            foreach (var counter in _counters)
            {
                foreach (var labels in counter.GetAllLabelValues().Where(l => !counted[counter].Contains(Key(l))).ToList())
                    counter.RemoveLabelled(labels);
            }
        }
        finally
        {
            _scrape.Release();
        }
    }

    private static string Key(string[] labels) => string.Join('\u0001', labels);
}
