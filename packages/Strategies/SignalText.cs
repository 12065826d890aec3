using System.Globalization;

namespace Trader.Strategies;

/// <summary>Formats numbers in signal reasons: six significant digits, invariant culture (<c>28.4123</c>, <c>43210.1</c>).</summary>
internal static class SignalText
{
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
