using System.Text.Json;
using Trader.Backtester.Run;
using Trader.Backtester.Sweep;
using Trader.Domain;

namespace Trader.Backtester.WalkForward;

/// <summary>
/// The <c>walk_forward</c> property of a walk-forward's <c>--json</c>: the settings and, per window, its spans, the
/// chosen parameters and their in-sample and out-of-sample metrics. The document's <c>metrics</c>, <c>trades</c> and
/// <c>equity</c> are the stitched out-of-sample run's.
/// </summary>
internal static class WalkForwardJson
{
    public static void Write(Utf8JsonWriter json, WalkForwardSpec spec, SweepOptions options, int candidates, IReadOnlyList<WalkForwardStep> steps)
    {
        json.WriteStartObject("walk_forward");
        json.WriteString("in_sample", spec.InSample);
        json.WriteString("out_of_sample", spec.OutOfSample);
        json.WriteBoolean("anchored", spec.Anchored);
        json.WriteString("search", options.Search.ToString());
        json.WriteString("rank_by", options.RankBy);
        if (options.MaxDrawdown is { } cap) json.WriteNumber("max_drawdown_cap", cap);
        json.WriteNumber("candidates", candidates);
        json.WriteStartArray("windows");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("in_sample_start", TimeText.Iso(step.Window.InFromMs));
            json.WriteString("in_sample_end", TimeText.Iso(step.Window.InToMs));
            json.WriteString("out_of_sample_start", TimeText.Iso(step.Window.InToMs));
            json.WriteString("out_of_sample_end", TimeText.Iso(step.Window.OutToMs));
            json.WriteStartObject("params");
            foreach (var (key, value) in step.Best.Point) json.WriteNumber(key, value);
            json.WriteEndObject();
            json.WritePropertyName("in_sample_metrics");
            BacktestJson.WriteMetrics(json, step.Best.Rows);
            json.WritePropertyName("out_of_sample_metrics");
            BacktestJson.WriteMetrics(json, step.OutOfSampleRows);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
