using Trader.Indicators.Catalog;
using Trader.Domain;

namespace Trader.Indicators;

/// <summary>
/// Rolling population standard deviation of closes, one value at a time. Constant prices give 0 and a null z-score.
/// </summary>
public sealed class StdDevIncremental : IIndicator
{
    private readonly RollingMoments _window;
    private StdDevResult _last;

    /// <param name="period">Window N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public StdDevIncremental(int period = 14)
    {
        Validate(period);
        _window = new RollingMoments(period);
    }

    /// <summary>Checks the parameters every form of StdDev takes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public static void Validate(int period)
    {
        if (period < 1)
            throw new ArgumentOutOfRangeException(nameof(period), period, $"Standard deviation period must be at least 1, got {period}.");
    }

    /// <inheritdoc />
    public IndicatorDefinition Definition => StdDevCatalog.Definition;

    /// <inheritdoc />
    public bool IsReady => _window.IsFull;

    /// <summary>Feeds the next close and returns deviation, mean and z-score (null until N closes were seen).</summary>
    public StdDevResult Add(double close)
    {
        _window.Add(close);
        if (!_window.IsFull) return _last;
        double mean = _window.Mean;
        double deviation = Math.Sqrt(_window.Variance);
        _last = new StdDevResult(deviation.ToNullable(), mean.ToNullable(), deviation == 0 ? null : ((close - mean) / deviation).ToNullable());
        return _last;
    }

    void IIndicator.Add(in Candle candle) => Add(candle.Close);

    /// <inheritdoc />
    public double Value(int field) => (field switch
    {
        0 => _last.StdDev,
        1 => _last.Mean,
        2 => _last.ZScore,
        _ => throw Definition.FieldOutOfRange(field),
    }) ?? double.NaN;
}
