using System.Globalization;
using Trader.Domain;
using Trader.Indicators.Catalog;

namespace Trader.Backtester.Features;

/// <summary>
/// One <c>--indicator NAME[:param=value,...]</c> argument, checked against the catalog: the name exists, every
/// parameter belongs to it, every value is a number within its range.
/// </summary>
/// <param name="Text">The argument as written.</param>
/// <param name="Definition">The catalog entry it names.</param>
/// <param name="Arguments">The parameters given explicitly (the others take their defaults).</param>
internal sealed record IndicatorSpec(string Text, IndicatorDefinition Definition, IReadOnlyDictionary<string, double> Arguments)
{
    /// <summary>Parses and validates one argument.</summary>
    /// <exception cref="ConfigException">The name, a parameter or a value is wrong; the message says which and what is allowed.</exception>
    public static IndicatorSpec Parse(string text)
    {
        int colon = text.IndexOf(':');
        string name = (colon < 0 ? text : text[..colon]).Trim();
        if (!IndicatorCatalog.TryFind(name, out var definition))
        {
            throw new ConfigException(
                $"--indicator {text}: unknown indicator '{name}'. Known: {string.Join(", ", IndicatorCatalog.All.Select(d => d.Name))}. " +
                "Run 'backtester features --list' for parameters.");
        }

        var arguments = new Dictionary<string, double>(StringComparer.Ordinal);
        if (colon >= 0)
        {
            foreach (string pair in text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries))
            {
                int equals = pair.IndexOf('=');
                if (equals <= 0)
                    throw new ConfigException($"--indicator {text}: '{pair}' is not param=value (example: --indicator {name}:{Example(definition)}).");
                string parameter = pair[..equals].Trim();
                string raw = pair[(equals + 1)..].Trim();
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                    throw new ConfigException($"--indicator {text}: value '{raw}' of '{parameter}' is not a number.");
                if (!arguments.TryAdd(parameter, value))
                    throw new ConfigException($"--indicator {text}: parameter '{parameter}' is given twice.");
            }
        }

        // Create validates names and ranges with the catalog's own rules; we only reword its exception for the CLI.
        try
        {
            definition.Create(arguments);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException($"--indicator {text}: {Reason(e)}");
        }
        return new IndicatorSpec(text, definition, arguments);
    }

    /// <summary>A fresh incremental instance.</summary>
    public IIndicator Create() => Definition.Create(Arguments);

    private static string Example(IndicatorDefinition definition) =>
        definition.Parameters.Count == 0
            ? "(no parameters)"
            : string.Join(",", definition.Parameters.Select(p => $"{p.Name}={p.Default.ToString(CultureInfo.InvariantCulture)}"));

    // ArgumentException appends " (Parameter 'x')" and the actual value on new lines; the CLI message already names both.
    private static string Reason(ArgumentException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline >= 0 ? message[..newline] : message;
    }
}
