using System.Runtime.CompilerServices;

namespace Trader.Indicators;

/// <summary>
/// An unevaluated sum <c>Hi + Lo</c> of two doubles (|Lo| at most half an ulp of Hi, except after
/// <see cref="Sum(DoubleDouble, DoubleDouble, double)"/>): about 106 bits of significand.
/// Sums of many prices carried this way lose nothing to rounding that a later subtraction could expose, so a window
/// of prices near 1e5 that move by 1e-6 keeps its small deviations exact.
/// </summary>
/// <remarks>
/// Error-free transformations (Knuth's TwoSum, an FMA for the product's error). The absolute error of each operation
/// is of the order of 2^-104 times the magnitude of its operands, which is what the callers rely on. Infinities and
/// NaN make the result NaN (TwoSum of an infinity has an undefined error term); callers treat NaN as undefined.
/// </remarks>
internal readonly struct DoubleDouble
{
    public DoubleDouble(double value)
    {
        Hi = value;
        Lo = 0;
    }

    private DoubleDouble(double hi, double lo)
    {
        Hi = hi;
        Lo = lo;
    }

    /// <summary>The leading part: the value rounded to the nearest double, except after <see cref="Sum(DoubleDouble, DoubleDouble, double)"/>.</summary>
    public double Hi { get; }

    /// <summary>What <see cref="Hi"/> leaves out.</summary>
    public double Lo { get; }

    public static DoubleDouble Zero => default;

    public static DoubleDouble NaN => new(double.NaN, double.NaN);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
    {
        double s = a.Hi + b.Hi;
        double e = TwoSumError(a.Hi, b.Hi, s) + (a.Lo + b.Lo);
        return Normalize(s, e);
    }

    /// <summary>
    /// <paramref name="a"/> + <paramref name="b"/> + <paramref name="c"/> as compensated summation: Hi is the plain
    /// double sum and Lo collects the exact rounding errors, without renormalising. Shorter dependency chains than two
    /// additions (this is the hot path of tree sums); Lo stays of the order of 2^-53 of Hi times the number of terms
    /// folded in, which the other operations accept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble Sum(DoubleDouble a, DoubleDouble b, double c)
    {
        double ab = a.Hi + b.Hi;
        double hi = ab + c;
        return new DoubleDouble(hi, (a.Lo + b.Lo) + (TwoSumError(a.Hi, b.Hi, ab) + TwoSumError(ab, c, hi)));
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/> the same way as <see cref="Sum(DoubleDouble, DoubleDouble, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble Sum(DoubleDouble a, double b)
    {
        double hi = a.Hi + b;
        return new DoubleDouble(hi, a.Lo + TwoSumError(a.Hi, b, hi));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator -(DoubleDouble a) => new(-a.Hi, -a.Lo);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + -b;

    /// <summary>
    /// <paramref name="a"/> minus <paramref name="b"/> as a double, with a relative error of about 2^-52: when a is
    /// close to b, a - b.Hi is exact (Sterbenz) and only the small Lo is rounded in; when it is not, the difference
    /// is large next to Lo.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Difference(double a, DoubleDouble b) => a - b.Hi - b.Lo;

    /// <summary>Product with a double (in practice a count, so exact factors).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator *(DoubleDouble a, double b)
    {
        double p = a.Hi * b;
        double e = Math.FusedMultiplyAdd(a.Hi, b, -p) + a.Lo * b;
        return Normalize(p, e);
    }

    /// <summary>Quotient by a double: the first quotient plus a correction from the exact remainder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DoubleDouble operator /(DoubleDouble a, double b)
    {
        double q = a.Hi / b;
        double p = q * b;
        double remainder = (a.Hi - p - Math.FusedMultiplyAdd(q, b, -p)) + a.Lo;
        return Normalize(q, remainder / b);
    }

    /// <summary>True when <paramref name="x"/> is strictly less than this (normalised) value; false for NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsGreaterThan(double x) => x < Hi || (x == Hi && Lo > 0);

    public override string ToString() => FormattableString.Invariant($"{Hi:R} + {Lo:R}");

    // The rounding error of s = fl(a + b), exactly (TwoSum, no ordering of |a| and |b| needed).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double TwoSumError(double a, double b, double s)
    {
        double bVirtual = s - a;
        return (a - (s - bVirtual)) + (b - bVirtual);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static DoubleDouble Normalize(double hi, double lo)
    {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }
}
