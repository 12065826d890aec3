using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>Rate of change over N bars, one value at a time: O(1), no allocation per update.</summary>
/// <remarks>First value at index N. When the earlier close is 0, ROC is undefined (null) while momentum is not.</remarks>
public sealed class RocIncremental : IIndicator
{
    private readonly RingBuffer _window;
    private double _momentum = double.NaN;
    private double _roc = double.NaN;

    /// <param name="period">Bars back N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public RocIncremental(int period)
    {
        Validate(period);
        _window = new RingBuffer(period);
    }

    /// <inheritdoc />
    public bool IsReady => !double.IsNaN(_momentum);

    /// <inheritdoc />
    public IndicatorDefinition Definition => RocCatalog.Definition;

    /// <summary>Adds the next value (normally a close); returns momentum and ROC (percent), null in warm-up.</summary>
    public RocResult Add(double value)
    {
        if (_window.IsFull)
        {
            Of(value, _window.Oldest, out _momentum, out _roc);
        }
        _window.Push(value);
        return new RocResult(_momentum.ToNullable(), _roc.ToNullable());
    }

    /// <summary>Momentum (value - earlier) and ROC (percent of earlier; NaN when earlier is 0).</summary>
    internal static void Of(double value, double earlier, out double momentum, out double roc)
    {
        momentum = value - earlier;
        roc = earlier == 0 ? double.NaN : 100 * momentum / earlier;
    }

    /// <inheritdoc />
    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    /// <remarks>Fields: 0 roc, 1 momentum.</remarks>
    public double Value(int field) => field switch
    {
        0 => _roc,
        1 => _momentum,
        _ => throw Definition.FieldOutOfRange(field),
    };

    /// <summary>Checks the parameters every form shares.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "ROC period must be at least 1 bar.");
    }
}
