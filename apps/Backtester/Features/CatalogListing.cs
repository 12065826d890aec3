using System.Globalization;
using Trader.Indicators.Catalog;

namespace Trader.Backtester.Features;

/// <summary>Prints the indicator catalog: name, description, parameters with default and range, fields.</summary>
internal static class CatalogListing
{
    public static void Write(TextWriter output)
    {
        foreach (var definition in IndicatorCatalog.All)
        {
            output.WriteLine($"{definition.Name}: {definition.Description}");
            if (definition.Parameters.Count == 0) output.WriteLine("  params: none");
            foreach (var p in definition.Parameters)
            {
                string kind = p.IsInteger ? "integer" : "number";
                output.WriteLine($"  {p.Name} = {Number(p.Default)} ({kind} {Number(p.Min)}..{Number(p.Max)}): {p.Description}");
            }
            output.WriteLine($"  fields: {string.Join(", ", definition.Fields)} (primary: {definition.Fields[0]})");
        }
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
