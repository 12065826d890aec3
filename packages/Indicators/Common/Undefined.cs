using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// The boundary between the math (an undefined value is <see cref="double.NaN"/>) and the public results
/// (an undefined value is <c>null</c>).
/// </summary>
internal static class Undefined
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double? ToNullable(this double value) => double.IsNaN(value) ? null : value;
}
