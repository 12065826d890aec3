using System.Globalization;
using System.Reflection;
using Trader.Domain;

namespace Trader.Backtester.Sweep;

/// <summary>
/// Builds a copy of a positional params record with some parameters replaced, addressing them by their
/// snake_case names as the YAML does (<c>rsi_period</c> → <c>RsiPeriod</c>), through the config binder's one key mapping
/// (<see cref="SnakeCase"/>).
/// </summary>
internal static class RecordOverride
{
    /// <exception cref="ConfigException">A name is not a parameter of the record, or a value does not fit its type.</exception>
    public static object With(object record, IReadOnlyDictionary<string, double> values)
    {
        var type = record.GetType();
        var parameters = SnakeCase.Parameters(type);
        var byName = parameters.ToDictionary(p => p.Key, p => p.Parameter, StringComparer.Ordinal);
        foreach (var name in values.Keys)
        {
            if (!byName.ContainsKey(name))
            {
                throw new ConfigException($"--sweep {name}: not a parameter of this strategy. Parameters: {string.Join(", ", byName.Keys)}.");
            }
        }
        var arguments = parameters.Select(p =>
        {
            var current = type.GetProperty(p.Parameter.Name!, BindingFlags.Public | BindingFlags.Instance)!.GetValue(record);
            return values.TryGetValue(p.Key, out double v) ? Convert(v, p.Parameter) : current;
        }).ToArray();
        return parameters.Count == 0 ? Activator.CreateInstance(type)! : ((ConstructorInfo)parameters[0].Parameter.Member).Invoke(arguments);
    }

    private static object Convert(double value, ParameterInfo parameter)
    {
        var target = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        string name = SnakeCase.From(parameter.Name!);
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
    public static IReadOnlySet<string> Names(Type recordType) => SnakeCase.KeysOf(recordType).ToHashSet(StringComparer.Ordinal);
}
