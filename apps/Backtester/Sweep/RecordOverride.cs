using System.Globalization;
using System.Reflection;
using System.Text;
using Trader.Domain;

namespace Trader.Backtester.Sweep;

/// <summary>
/// Builds a copy of a positional params record with some parameters replaced, addressing them by their
/// snake_case names as the YAML does (<c>rsi_period</c> → <c>RsiPeriod</c>).
/// </summary>
internal static class RecordOverride
{
    /// <exception cref="ConfigException">A name is not a parameter of the record, or a value does not fit its type.</exception>
    public static object With(object record, IReadOnlyDictionary<string, double> values)
    {
        var type = record.GetType();
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var byName = parameters.ToDictionary(p => SnakeCase(p.Name!), StringComparer.Ordinal);
        foreach (var name in values.Keys)
        {
            if (!byName.ContainsKey(name))
            {
                throw new ConfigException($"--sweep {name}: not a parameter of this strategy. Parameters: {string.Join(", ", byName.Keys)}.");
            }
        }
        var arguments = parameters.Select(p =>
        {
            var current = type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance)!.GetValue(record);
            return values.TryGetValue(SnakeCase(p.Name!), out double v) ? Convert(v, p) : current;
        }).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object Convert(double value, ParameterInfo parameter)
    {
        var target = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        string name = SnakeCase(parameter.Name!);
        if (target == typeof(double)) return value;
        if (target == typeof(decimal)) return (decimal)value;
        if (target == typeof(int))
        {
            if (value != Math.Floor(value)) throw new ConfigException($"--sweep {name}: {value.ToString(CultureInfo.InvariantCulture)} must be a whole number.");
            return (int)value;
        }
        throw new ConfigException($"--sweep {name}: only numeric parameters can be swept.");
    }

    /// <summary>The snake_case names of a params record's constructor parameters.</summary>
    public static IReadOnlySet<string> Names(Type recordType) =>
        recordType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First()
            .GetParameters().Select(p => SnakeCase(p.Name!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>PascalCase to snake_case: <c>MacdFast</c> → <c>macd_fast</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
