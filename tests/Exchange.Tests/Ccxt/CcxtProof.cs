using System.Diagnostics;
using System.Text.Json;
using Trader.Testing;

namespace Trader.Exchange.Tests.Ccxt;

/// <summary>
/// Runs one of the ccxt proof scripts (an unmodified npm ccxt client, its own class of the venue) against a simulator
/// and gives its JSON report: what every CcxtXxxTests asserts on.
/// </summary>
internal static class CcxtProof
{
    /// <summary>Runs <c>tests/Exchange.Tests/Ccxt/<paramref name="script"/></c> with the simulator's URL and <paramref name="args"/>; asserts it exited 0.</summary>
    public static async Task<CcxtReport> RunAsync(string script, ExchangeSimProcess sim, params string[] args)
    {
        string path = Repository.Path("tests", "Exchange.Tests", "Ccxt", script);
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, "node_modules", "ccxt")), "ccxt is missing: run scripts/test-prerequisites");
        var info = new ProcessStartInfo("node");
        foreach (var arg in (string[])[path, sim.BaseUrl.ToString(), .. args]) info.ArgumentList.Add(arg);

        var (code, stdout, stderr) = await ChildProcess.RunAsync(info, TimeSpan.FromSeconds(120));

        Assert.True(code == 0, $"ccxt failed (exit {code}): {stdout}{stderr}{sim.Errors}");
        return new CcxtReport(JsonDocument.Parse(stdout).RootElement);
    }
}

/// <summary>A proof script's report: sections of fields, and the ccxt error class each provoked error raised.</summary>
internal sealed record CcxtReport(JsonElement Root)
{
    /// <summary>A field of a section as text (numbers and booleans as .NET prints them: True, 0.001).</summary>
    public string S(string section, string field) => Root.GetProperty(section).GetProperty(field).ToString();

    /// <summary>The ccxt error class the named provocation raised.</summary>
    public string Error(string name) => Root.GetProperty("errors").GetProperty(name).GetString()!;
}
