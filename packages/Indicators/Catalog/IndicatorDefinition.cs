namespace Trader.Indicators.Catalog;

/// <summary>A catalog entry: the name configs use, its parameters and output fields, and a factory.</summary>
/// <param name="Name">Lower-case id used in configs and feature columns, e.g. <c>rsi</c>, <c>macd</c>, <c>bb</c>.</param>
/// <param name="Description">One line of help text.</param>
/// <param name="Parameters">Parameters with defaults and ranges, in positional order.</param>
/// <param name="Fields">Output field names; index 0 is the primary field, used when a config names the indicator alone.</param>
/// <param name="Factory">Builds an incremental instance from a complete, validated argument set (one value per parameter, in order).</param>
public sealed record IndicatorDefinition(
    string Name,
    string Description,
    IReadOnlyList<IndicatorParameter> Parameters,
    IReadOnlyList<string> Fields,
    Func<IReadOnlyList<double>, IIndicator> Factory)
{
    /// <summary>How a chart draws it; by default the primary field in a pane of its own.</summary>
    public IndicatorPlot Plot { get; init; } = IndicatorPlot.InPane(Fields[0]);

    /// <summary>
    /// Builds an incremental instance from named arguments; omitted parameters take their defaults.
    /// </summary>
    /// <exception cref="ArgumentException">An argument names no parameter of this indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range, or not whole where it must be.</exception>
    public IIndicator Create(IReadOnlyDictionary<string, double> arguments) => Factory(Arguments(arguments));

    /// <summary>
    /// The complete argument set <see cref="Factory"/> takes (one value per parameter, in order) from named arguments;
    /// omitted parameters take their defaults.
    /// </summary>
    /// <exception cref="ArgumentException">An argument names no parameter of this indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range, or not whole where it must be.</exception>
    public IReadOnlyList<double> Arguments(IReadOnlyDictionary<string, double> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var name in arguments.Keys)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                var allowed = Parameters.Count == 0 ? "none" : string.Join(", ", Parameters.Select(p => p.Name));
                throw new ArgumentException($"Unknown parameter '{name}' for indicator '{Name}'. Allowed: {allowed}.", nameof(arguments));
            }
        }

        var values = new double[Parameters.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var p = Parameters[i];
            double value = arguments.TryGetValue(p.Name, out var given) ? given : p.Default;
            if (double.IsNaN(value) || value < p.Min || value > p.Max || (p.IsInteger && value != Math.Floor(value)))
            {
                string kind = p.IsInteger ? "a whole number" : "a number";
                throw new ArgumentOutOfRangeException(p.Name, value, $"Parameter '{p.Name}' of indicator '{Name}' must be {kind} from {p.Min} to {p.Max}.");
            }
            values[i] = value;
        }
        return values;
    }

    /// <summary>The error an instance throws when asked for a field index it does not have.</summary>
    public ArgumentOutOfRangeException FieldOutOfRange(int field) =>
        new(nameof(field), field, $"Indicator '{Name}' has {Fields.Count} field(s): {string.Join(", ", Fields.Select((f, i) => $"{i}: {f}"))}.");

    /// <summary>Index of <paramref name="field"/> in <see cref="Fields"/>, or -1.</summary>
    public int FieldIndex(string field)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field) return i;
        }
        return -1;
    }
}
