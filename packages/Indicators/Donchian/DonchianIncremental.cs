using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Donchian Channels, one candle at a time. As in Stock.Indicators the window is the N candles BEFORE the
/// current one, so a breakout of the current candle above the upper band is visible; first value at index N.
/// </summary>
public sealed class DonchianIncremental : IIndicator
{
    private readonly int _period;
    private readonly ExtremumWindow _highest;
    private readonly ExtremumWindow _lowest;
    private long _count;
    private DonchianResult _last;

    /// <param name="period">Window N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public DonchianIncremental(int period = 20)
    {
        Validate(period);
        _period = period;
        _highest = new ExtremumWindow(period, isMax: true);
        _lowest = new ExtremumWindow(period, isMax: false);
    }

    /// <summary>Checks the parameters every form of Donchian Channels takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Donchian period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => DonchianCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _last.Centerline.HasValue;

    /// <summary>Feeds the next closed candle and returns the channel of the N candles before it.</summary>
    public DonchianResult Add(in Candle candle)
    {
        if (_count >= _period)
        {
            double upper = _highest.Value;
            double lower = _lowest.Value;
            double center = (upper + lower) / 2;
            _last = new DonchianResult(upper.ToNullable(), center.ToNullable(), lower.ToNullable(),
                center == 0 ? null : ((upper - lower) / center).ToNullable());
        }
        _highest.Add(_count, candle.High);
        _lowest.Add(_count, candle.Low);
        _count++;
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.Centerline,
        1 => _last.UpperBand,
        2 => _last.LowerBand,
        3 => _last.Width,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
