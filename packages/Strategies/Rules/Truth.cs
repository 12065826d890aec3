namespace Trader.Strategies.Rules;

/// <summary>Three-valued logic: a comparison with an undefined (NaN) operand is <see cref="Unknown"/>, and stays so through <c>not</c>.</summary>
internal enum Truth : byte
{
    False,
    True,
    Unknown,
}
