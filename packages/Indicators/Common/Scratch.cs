using System.Buffers;

namespace Trader.Indicators;

/// <summary>
/// Working memory of a span batch form (a ring of the last N values, say): the caller's stack when it is small,
/// otherwise an array borrowed from the shared pool and given back on <see cref="Dispose"/>. A warm call with up to
/// <see cref="StackLength"/> values allocates nothing, which the allocation tests check; a longer window allocates
/// only when the pool has dropped its cached array (it may at a full collection), never per input.
/// </summary>
/// <remarks>
/// Run the loop that uses the memory in a separate method (<c>[MethodImpl(MethodImplOptions.NoInlining)]</c>): a method
/// holding a stack buffer gets stack-overrun checks and keeps its locals out of registers, which made the CCI loop
/// half again slower.
/// </remarks>
internal ref struct Scratch
{
    /// <summary>Length up to which callers pass stack memory (<c>stackalloc double[Scratch.StackLength]</c>): 2 KB.</summary>
    public const int StackLength = 256;

    private double[]? _rented;

    /// <param name="length">Values needed.</param>
    /// <param name="stack">Stack memory to use when it is long enough.</param>
    public Scratch(int length, Span<double> stack)
    {
        if (length <= stack.Length)
        {
            Span = stack[..length];
        }
        else
        {
            _rented = ArrayPool<double>.Shared.Rent(length);
            Span = _rented.AsSpan(0, length);
        }
    }

    /// <summary>The memory, exactly the length asked for; its contents are undefined until written.</summary>
    public Span<double> Span { get; }

    public void Dispose()
    {
        if (_rented is null) return;
        ArrayPool<double>.Shared.Return(_rented);
        _rented = null;
    }
}
