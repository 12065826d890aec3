using System.Reflection;

namespace Trader.Backtester.Report;

/// <summary>The files under Report/Assets, embedded in the backtester so a report can inline them (no file or network at run time).</summary>
internal static class ReportAssets
{
    /// <summary>TradingView Lightweight Charts, the vendored standalone production build (version in docs/backtesting.md).</summary>
    public const string ChartLibrary = "lightweight-charts.standalone.production.js";

    /// <summary>The text of the embedded asset <paramref name="name"/>, e.g. <c>report.css</c>.</summary>
    /// <exception cref="InvalidOperationException">No such asset (a build without it).</exception>
    public static string Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Report." + name)
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded in the backtester; see apps/Backtester/Backtester.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
