using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Trader.Dashboard.Tests;

/// <summary>
/// A strict parser of Prometheus' text exposition format (version 0.0.4): HELP and TYPE lines, samples with escaped label
/// values, float values (NaN, +Inf, -Inf) and optional timestamps. Anything else throws <see cref="FormatException"/>
/// naming the line: a malformed line, a sample before its TYPE, a TYPE given twice, a duplicate series, no final newline.
/// </summary>
internal static partial class PrometheusText
{
    /// <summary>One sample: metric name, labels, value.</summary>
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    /// <summary>The parsed exposition: family types by name, and every sample in order.</summary>
    public sealed record Exposition(IReadOnlyDictionary<string, string> Types, IReadOnlyList<Sample> Samples)
    {
        /// <summary>The value of the one sample of <paramref name="name"/> whose labels include <paramref name="labels"/>, or null.</summary>
        public double? Value(string name, params (string Key, string Value)[] labels) =>
            Samples.SingleOrDefault(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value))?.Value;
    }

    private static readonly HashSet<string> KnownTypes = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static Exposition Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n')) throw new FormatException("the exposition does not end with a newline");
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var samples = new List<Sample>();
        var series = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length - 1; n++)
        {
            string line = lines[n];
            string where = $"line {n + 1} '{line}'";
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var comment = Comment().Match(line);
                if (!comment.Success) throw new FormatException($"{where}: not a HELP or TYPE line");
                if (comment.Groups[1].Value == "TYPE")
                {
                    string type = comment.Groups[3].Value;
                    if (!KnownTypes.Contains(type)) throw new FormatException($"{where}: unknown type '{type}'");
                    if (!types.TryAdd(comment.Groups[2].Value, type)) throw new FormatException($"{where}: second TYPE of {comment.Groups[2].Value}");
                }
                continue;
            }
            var m = SampleLine().Match(line);
            if (!m.Success) throw new FormatException($"{where}: not a sample");
            string name = m.Groups["name"].Value;
            string family = FamilyOf(name, types);
            if (!types.ContainsKey(family)) throw new FormatException($"{where}: sample before the TYPE of {family}");
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match label in Label().Matches(m.Groups["labels"].Value))
            {
                if (!labels.TryAdd(label.Groups[1].Value, Unescape(label.Groups[2].Value, where))) throw new FormatException($"{where}: label {label.Groups[1].Value} twice");
            }
            if (Label().Replace(m.Groups["labels"].Value, "").Trim(',', ' ').Length > 0) throw new FormatException($"{where}: malformed labels");
            if (!series.Add(name + "{" + string.Join(",", labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}")) + "}"))
                throw new FormatException($"{where}: duplicate series");
            samples.Add(new Sample(name, labels, ParseValue(m.Groups["value"].Value, where)));
        }
        return new Exposition(types, samples);
    }

    // Histogram and summary samples carry suffixes of their family's name.
    private static string FamilyOf(string name, Dictionary<string, string> types)
    {
        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && types.TryGetValue(name[..^suffix.Length], out var type) && type is "histogram" or "summary")
                return name[..^suffix.Length];
        }
        return name;
    }

    private static double ParseValue(string text, string where) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => throw new FormatException($"{where}: value '{text}' is not a float"),
    };

    private static string Unescape(string value, string where)
    {
        var result = new StringBuilder();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\') { result.Append(value[i]); continue; }
            if (++i == value.Length) throw new FormatException($"{where}: dangling escape");
            result.Append(value[i] switch
            {
                '\\' => '\\',
                '"' => '"',
                'n' => '\n',
                _ => throw new FormatException($"{where}: unknown escape \\{value[i]}"),
            });
        }
        return result.ToString();
    }

    [GeneratedRegex(@"^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})? (?<value>\S+)( -?\d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
