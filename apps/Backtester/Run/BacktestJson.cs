using Trader.Domain;
using System.Text;
using System.Text.Json;
using Trader.Execution.Backtesting;
using Trader.Execution.Engine;
using Trader.Execution.Research;

namespace Trader.Backtester.Run;

/// <summary>
/// The <c>--json</c> document: <c>{"metrics": {...}, "trades": [...], "equity": [[time, equity], ...]}</c>, times
/// ISO 8601 UTC, money as exact decimals, each trade's pnl net of its fees. The HTML report embeds the same document.
/// </summary>
internal static class BacktestJson
{
    // Bytes the writer may hold before it hands them to the stream: a run's equity curve streams out in pieces of this
    // size instead of being built whole in memory first.
    private const int FlushBytes = 1 << 16;

    /// <summary>The document as a string (for the HTML report, which embeds it).</summary>
    public static string Document(BacktestResult result, IReadOnlyList<MetricRow> metrics, MonteCarloResult? monteCarlo = null, Action<Utf8JsonWriter>? head = null)
    {
        using var stream = new MemoryStream();
        Write(stream, result, metrics, monteCarlo, head);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the document to <paramref name="output"/> as it goes (standard output for <c>--json</c>).</summary>
    /// <param name="output">Receives UTF-8 JSON; flushed when done, not closed.</param>
    /// <param name="result">The run (or the stitched out-of-sample runs of a walk-forward).</param>
    /// <param name="metrics">Its metric rows.</param>
    /// <param name="monteCarlo">The trade-order Monte Carlo, when asked for.</param>
    /// <param name="head">Writes properties that come first (the walk-forward's settings and windows); null for none.</param>
    public static void Write(Stream output, BacktestResult result, IReadOnlyList<MetricRow> metrics, MonteCarloResult? monteCarlo = null, Action<Utf8JsonWriter>? head = null)
    {
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            head?.Invoke(json);
            json.WritePropertyName("metrics");
            WriteMetrics(json, metrics);
            // Why each order was placed (the strategy's signal reason, or the stop that fired), by client order id.
            var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var order in result.Orders) reasons.TryAdd(order.Order.ClientOrderId, order.Order.Reason);
            json.WriteStartArray("trades");
            foreach (var t in result.Trades)
            {
                json.WriteStartObject();
                json.WriteString("entry_time", TimeText.Iso(t.EntryTimeMs));
                json.WriteString("exit_time", TimeText.Iso(t.ExitTimeMs));
                json.WriteString("side", "long");
                json.WriteNumber("amount", t.Amount);
                json.WriteNumber("entry_price", t.EntryPrice);
                json.WriteNumber("exit_price", t.ExitPrice);
                json.WriteNumber("pnl", t.Pnl);
                json.WriteNumber("fee", t.Fees);
                json.WriteString("exit_reason", ExitReasons.Name(t.ExitReason));
                json.WriteString("entry_signal", reasons.GetValueOrDefault(t.EntryOrderId, ""));
                json.WriteString("exit_signal", reasons.GetValueOrDefault(t.ExitOrderId, ""));
                json.WriteEndObject();
                if (json.BytesPending > FlushBytes) json.Flush();
            }
            json.WriteEndArray();
            json.WriteStartArray("equity");
            // A point per candle: each time is formatted straight into this buffer, not into a string of its own.
            Span<byte> time = stackalloc byte[32];
            foreach (var point in result.Equity)
            {
                json.WriteStartArray();
                if (TimeText.TryWriteIsoUtf8(point.TimeMs, time, out int written)) json.WriteStringValue(time[..written]);
                else json.WriteStringValue(TimeText.Iso(point.TimeMs));
                json.WriteNumberValue(point.Equity);
                json.WriteEndArray();
                if (json.BytesPending > FlushBytes) json.Flush();
            }
            json.WriteEndArray();
            if (monteCarlo is not null) WriteMonteCarlo(json, monteCarlo);
            json.WriteEndObject();
        }
        output.Flush();
    }

    // Drawdowns as fractions, like max_drawdown in the metrics.
    private static void WriteMonteCarlo(Utf8JsonWriter json, MonteCarloResult m)
    {
        json.WriteStartObject("monte_carlo");
        json.WriteNumber("runs", m.Runs);
        json.WriteNumber("trades", m.Trades);
        json.WriteNumber("max_drawdown_original", m.Original);
        json.WriteNumber("max_drawdown_p5", m.P5);
        json.WriteNumber("max_drawdown_median", m.Median);
        json.WriteNumber("max_drawdown_p95", m.P95);
        json.WriteNumber("max_drawdown_worst", m.Worst);
        json.WriteNumber("share_worse_than_original", m.ShareWorse);
        json.WriteEndObject();
    }

    /// <summary>The metrics object alone (what <c>backtest_runs.metrics_json</c> stores).</summary>
    public static string Metrics(IReadOnlyList<MetricRow> metrics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream)) WriteMetrics(json, metrics);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the metrics object as the next value.</summary>
    public static void WriteMetrics(Utf8JsonWriter json, IReadOnlyList<MetricRow> metrics)
    {
        json.WriteStartObject();
        foreach (var row in metrics)
        {
            if (row.Number is { } n) json.WriteNumber(row.Key, n);
            else if (row.Text is { } s) json.WriteString(row.Key, s);
            else json.WriteNull(row.Key);
        }
        json.WriteEndObject();
    }
}
