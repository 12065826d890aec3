using System.Buffers;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>A single-field span batch form: input, parameters, one output value per input.</summary>
internal delegate void SpanForm<TInput, TArgs>(ReadOnlySpan<TInput> input, TArgs args, Span<double> output);

/// <summary>
/// Borrowed <c>double</c> columns, one per output field, that the nullable batch forms fill through the span form
/// and then convert (NaN to null): the conveniences have no formula of their own.
/// </summary>
internal ref struct Columns
{
    private readonly int _length;
    private double[]? _rented;

    public Columns(int fields, int length)
    {
        _length = length;
        _rented = ArrayPool<double>.Shared.Rent(Math.Max(1, fields * length));
    }

    /// <summary>Column <paramref name="field"/>, one value per input.</summary>
    public readonly Span<double> this[int field] => _rented.AsSpan(field * _length, _length);

    /// <summary>One borrowed column holding the closes of <paramref name="candles"/>.</summary>
    public static Columns Closes(ReadOnlySpan<Candle> candles)
    {
        var columns = new Columns(1, candles.Length);
        var closes = columns[0];
        for (int i = 0; i < candles.Length; i++) closes[i] = candles[i].Close;
        return columns;
    }

    /// <summary>Column <paramref name="field"/> as a new nullable array (NaN becomes null).</summary>
    public readonly double?[] ToNullable(int field)
    {
        var column = this[field];
        var results = GC.AllocateUninitializedArray<double?>(column.Length); // every element is written below
        Write(column, results);
        return results;
    }

    /// <summary>Copies <paramref name="column"/> into <paramref name="destination"/>, NaN as null.</summary>
    public static void Write(ReadOnlySpan<double> column, Span<double?> destination)
    {
        for (int i = 0; i < column.Length; i++) destination[i] = column[i].ToNullable();
    }

    /// <summary>
    /// The nullable array form of a single-field span form: runs <paramref name="form"/> into a borrowed column and
    /// converts it, so <c>values.Sma(20)</c> is <c>values.Sma(20, output)</c> with NaN as null.
    /// </summary>
    public static double?[] Nullable<TInput, TArgs>(ReadOnlySpan<TInput> input, TArgs args, SpanForm<TInput, TArgs> form)
    {
        using var columns = new Columns(1, input.Length);
        form(input, args, columns[0]);
        return columns.ToNullable(0);
    }

    /// <summary>The same into a caller's nullable buffer (checked to hold one result per input).</summary>
    public static void Nullable<TInput, TArgs>(ReadOnlySpan<TInput> input, TArgs args, SpanForm<TInput, TArgs> form, Span<double?> destination)
    {
        SeriesOutput.Require(destination, input.Length);
        using var columns = new Columns(1, input.Length);
        form(input, args, columns[0]);
        Write(columns[0], destination);
    }

    public void Dispose()
    {
        if (_rented is null) return;
        ArrayPool<double>.Shared.Return(_rented);
        _rented = null;
    }
}
