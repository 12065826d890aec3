using System.Globalization;

namespace Trader.Trader.Run;

/// <summary>How the trader's log writes times and indicator values: UTC with a Z, minutes for candles, no exponents.</summary>
internal static class LogText
{
    /// <summary><c>03:31Z</c>: a candle's open time within a day already named.</summary>
    public static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>2022-12-13 03:31Z</c>.</summary>
    public static string DateTime(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>Six significant digits without an exponent (<c>16840.1</c>, <c>28.4123</c>, <c>0.00123457</c>); <c>-</c> while undefined.</summary>
    public static string Value(double value)
    {
        if (!double.IsFinite(value)) return "-";
        int integerDigits = value == 0 ? 1 : (int)Math.Floor(Math.Log10(Math.Abs(value))) + 1;
        int decimals = Math.Clamp(6 - integerDigits, 0, 12);
        return Math.Round(value, decimals).ToString("0.############", CultureInfo.InvariantCulture);
    }
}
