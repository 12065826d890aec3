using Trader.Indicators.Catalog;
using Trader.Indicators.Tests.Infrastructure;
using Trader.Domain;

namespace Trader.Indicators.Tests;

/// <summary>
/// The span forms that run the incremental kernel (every indicator without a loop of its own): span == nullable batch
/// == incremental on the reference quotes and both long series, every field in catalog order, with default parameters.
/// The indicators with their own span loops are tested beside them (EmaTests, AdxTests, ...).
/// </summary>
public sealed class SpanFormCatalogTests
{
    private delegate double?[][] BatchColumns(Candle[] candles);

    private delegate void SpanForm(Candle[] candles, double[] closes, double[][] columns);

    private static readonly Dictionary<string, (BatchColumns Batch, SpanForm Span)> Forms = new()
    {
        ["sma"] = (c => [Closes(c).Sma(20)], (c, closes, o) => closes.AsSpan().Sma(20, o[0])),
        ["wma"] = (c => [Closes(c).Wma(14)], (c, closes, o) => closes.AsSpan().Wma(14, o[0])),
        ["dema"] = (c => [Closes(c).Dema(14)], (c, closes, o) => closes.AsSpan().Dema(14, o[0])),
        ["tema"] = (c => [Closes(c).Tema(20)], (c, closes, o) => closes.AsSpan().Tema(20, o[0])),
        ["hma"] = (c => [Closes(c).Hma(14)], (c, closes, o) => closes.AsSpan().Hma(14, o[0])),
        ["vwma"] = (c => [c.AsSpan().Vwma(10)], (c, closes, o) => c.AsSpan().Vwma(10, o[0])),
        ["kama"] = (c => Fields(Closes(c).AsSpan().Kama(10, 2, 30), r => r.Kama, r => r.Er),
            (c, closes, o) => closes.AsSpan().Kama(10, 2, 30, o[0], o[1])),
        ["stoch_rsi"] = (c => Fields(Closes(c).AsSpan().StochRsi(14, 14, 3, 1), r => r.StochRsi, r => r.Signal),
            (c, closes, o) => closes.AsSpan().StochRsi(14, 14, 3, 1, o[0], o[1])),
        ["williams_r"] = (c => [c.AsSpan().WilliamsR(14)], (c, closes, o) => c.AsSpan().WilliamsR(14, o[0])),
        ["roc"] = (c => Fields(Closes(c).AsSpan().Roc(14), r => r.Roc, r => r.Momentum), (c, closes, o) => closes.AsSpan().Roc(14, o[0], o[1])),
        ["mfi"] = (c => [c.AsSpan().Mfi(14)], (c, closes, o) => c.AsSpan().Mfi(14, o[0])),
        ["ultimate"] = (c => [c.AsSpan().Ultimate(7, 14, 28)], (c, closes, o) => c.AsSpan().Ultimate(7, 14, 28, o[0])),
        ["trix"] = (c => Fields(Closes(c).AsSpan().Trix(14), r => r.Trix, r => r.Ema3), (c, closes, o) => closes.AsSpan().Trix(14, o[0], o[1])),
        ["aroon"] = (c => Fields(c.AsSpan().Aroon(25), r => r.Oscillator, r => r.AroonUp, r => r.AroonDown),
            (c, closes, o) => c.AsSpan().Aroon(25, o[0], o[1], o[2])),
        ["tr"] = (c => [c.AsSpan().TrueRange()], (c, closes, o) => c.AsSpan().TrueRange(o[0])),
        ["stdev"] = (c => Fields(c.AsSpan().StdDev(14), r => r.StdDev, r => r.Mean, r => r.ZScore),
            (c, closes, o) => closes.AsSpan().StdDev(14, o[0], o[1], o[2])),
        ["keltner"] = (c => Fields(c.AsSpan().Keltner(20, 2, 10), r => r.Centerline, r => r.UpperBand, r => r.LowerBand, r => r.Width),
            (c, closes, o) => c.AsSpan().Keltner(20, 2, 10, o[0], o[1], o[2], o[3])),
        ["donchian"] = (c => Fields(c.AsSpan().Donchian(20), r => r.Centerline, r => r.UpperBand, r => r.LowerBand, r => r.Width),
            (c, closes, o) => c.AsSpan().Donchian(20, o[0], o[1], o[2], o[3])),
        ["supertrend"] = (c => Fields(c.AsSpan().SuperTrend(10, 3), r => r.SuperTrend, r => r.UpperBand, r => r.LowerBand),
            (c, closes, o) => c.AsSpan().SuperTrend(10, 3, o[0], o[1], o[2])),
        ["psar"] = (c => Fields(c.AsSpan().ParabolicSar(0.02, 0.2), r => r.Sar, r => r.IsReversal is { } x ? (x ? 1 : 0) : null),
            (c, closes, o) => c.AsSpan().ParabolicSar(0.02, 0.2, null, o[0], o[1])),
        ["atr_stop"] = (c => Fields(c.AsSpan().AtrStop(21, 3, AtrStopEnd.Close), r => r.AtrStop, r => r.BuyStop, r => r.SellStop, r => r.Atr),
            (c, closes, o) => c.AsSpan().AtrStop(21, 3, AtrStopEnd.Close, o[0], o[1], o[2], o[3])),
        ["chandelier"] = (c => [c.AsSpan().Chandelier(22, 3, ChandelierDirection.Long)],
            (c, closes, o) => c.AsSpan().Chandelier(22, 3, ChandelierDirection.Long, o[0])),
        ["ichimoku"] = (c => Fields(c.AsSpan().Ichimoku(9, 26, 52), r => r.TenkanSen, r => r.KijunSen, r => r.SenkouSpanA, r => r.SenkouSpanB),
            (c, closes, o) => c.AsSpan().Ichimoku(9, 26, 52, o[0], o[1], o[2], o[3])),
        ["obv"] = (c => [c.AsSpan().Obv()], (c, closes, o) => c.AsSpan().Obv(o[0])),
        ["vwap"] = (c => [c.AsSpan().Vwap()], (c, closes, o) => c.AsSpan().Vwap(o[0])),
        ["cmf"] = (c => Fields(c.AsSpan().Cmf(20), r => r.Cmf, r => r.MoneyFlowMultiplier, r => r.MoneyFlowVolume),
            (c, closes, o) => c.AsSpan().Cmf(20, o[0], o[1], o[2])),
    };

    public static TheoryData<string> Ids() => new(Forms.Keys);

    [Theory]
    [MemberData(nameof(Ids))]
    public void SpanForm_AllSeries_EqualsBatchAndIncremental(string id)
    {
        var definition = IndicatorCatalog.Find(id);
        var (batch, span) = Forms[id];
        SpanFormChecks.SpanEqualsBatchAndIncremental(definition, new Dictionary<string, double>(), c => batch(c),
            candles =>
            {
                var columns = definition.Fields.Select(_ => new double[candles.Length]).ToArray();
                span(candles, Closes(candles), columns);
                return columns;
            });
    }

    [Theory]
    [InlineData("sma")]
    [InlineData("tr")]
    [InlineData("obv")]
    [InlineData("vwap")]
    [InlineData("roc")]
    public void SpanForm_OwnLoop_WarmCallAllocatesNothing(string id)
    {
        var fields = IndicatorCatalog.Find(id).Fields.Count;
        var span = Forms[id].Span;
        SpanFormChecks.AllocatesNothing(candles =>
        {
            var closes = Closes(candles);
            var columns = Enumerable.Range(0, fields).Select(_ => new double[candles.Length]).ToArray();
            return () => span(candles, closes, columns);
        });
    }

    [Fact]
    public void Forms_CoverEveryIndicatorWithoutItsOwnSpanTests()
    {
        string[] ownTests = ["ema", "smma", "rsi", "atr", "adx", "stoch", "cci", "macd", "bb"];
        Assert.Equal(IndicatorCatalog.All.Select(d => d.Name).Except(ownTests).Order(), Forms.Keys.Order());
    }

    private static double[] Closes(Candle[] candles) => Series.Closes(candles);

    private static double?[][] Fields<T>(T[] results, params Func<T, double?>[] fields) =>
        fields.Select(f => results.Select(f).ToArray()).ToArray();
}
