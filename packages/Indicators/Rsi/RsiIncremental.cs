using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Wilder's relative strength index of close (0..100), one value at a time: O(1), no allocation per update.</summary>
/// <remarks>
/// Gains and losses are close-to-close changes. The first value is at index N: average gain and loss are the
/// simple means of the changes at indices 1..N; after that, Wilder smoothing <c>(prev * (N - 1) + x) / N</c>.
/// When the average loss is 0 the value is 100 (also for a flat series), as in the library.
/// </remarks>
public sealed class RsiIncremental : IIndicator
{
    private RsiState _state;

    /// <param name="period">Bars N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public RsiIncremental(int period)
    {
        Validate(period);
        _state = new RsiState(period);
    }

    /// <inheritdoc />
    public bool IsReady => _state.IsReady;

    /// <inheritdoc />
    public IndicatorDefinition Definition => RsiCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns the RSI (0..100), null in warm-up.</summary>
    public double? Add(double value) => _state.Update(value).ToNullable();

    /// <summary>NaN-based step shared with Stochastic RSI.</summary>
    internal double Update(double value) => _state.Update(value);

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => _state.Update(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => field == 0 ? _state.Value : throw Definition.FieldOutOfRange(field);

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "RSI period must be at least 1 bar.");
    }
}
