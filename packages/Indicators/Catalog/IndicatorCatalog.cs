using System.Collections.Frozen;

namespace Trader.Indicators.Catalog;

/// <summary>Every indicator a config can name. The list is explicit: adding an indicator adds one line here.</summary>
public static class IndicatorCatalog
{
    /// <summary>All entries, in the order help text lists them.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        SmaCatalog.Definition,
        EmaCatalog.Definition,
        WmaCatalog.Definition,
        DemaCatalog.Definition,
        TemaCatalog.Definition,
        HmaCatalog.Definition,
        SmmaCatalog.Definition,
        VwmaCatalog.Definition,
        KamaCatalog.Definition,
        RsiCatalog.Definition,
        StochCatalog.Definition,
        StochRsiCatalog.Definition,
        MacdCatalog.Definition,
        WilliamsRCatalog.Definition,
        RocCatalog.Definition,
        CciCatalog.Definition,
        MfiCatalog.Definition,
        UltimateCatalog.Definition,
        TrixCatalog.Definition,
        AroonCatalog.Definition,
        // part B: volatility, trend and volume
        BollingerBandsCatalog.Definition,
        AtrCatalog.Definition,
        TrueRangeCatalog.Definition,
        AdxCatalog.Definition,
        StdDevCatalog.Definition,
        KeltnerCatalog.Definition,
        DonchianCatalog.Definition,
        SuperTrendCatalog.Definition,
        ParabolicSarCatalog.Definition,
        AtrStopCatalog.Definition,
        ChandelierCatalog.Definition,
        IchimokuCatalog.Definition,
        ObvCatalog.Definition,
        VwapCatalog.Definition,
        CmfCatalog.Definition,
    ];

    private static readonly FrozenDictionary<string, IndicatorDefinition> ByName =
        All.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Finds an entry by its config name, e.g. <c>rsi</c>.</summary>
    public static bool TryFind(string name, out IndicatorDefinition definition) =>
        ByName.TryGetValue(name, out definition!);

    /// <summary>Finds an entry by its config name.</summary>
    /// <exception cref="ArgumentException">No indicator has that name; the message lists the names.</exception>
    public static IndicatorDefinition Find(string name) =>
        TryFind(name, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown indicator '{name}'. Known: {string.Join(", ", All.Select(d => d.Name))}.", nameof(name));
}
