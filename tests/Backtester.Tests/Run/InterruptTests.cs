using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Trader.Backtester.Tests.Run;

/// <summary>A backtest stopped by Ctrl+C or `docker stop` says so and leaves nothing that looks like a finished run.</summary>
public sealed class InterruptTests : IDisposable
{
    private const string Yaml = """
        name: btc-interrupt
        exchange: binance
        symbol: BTC/USDT
        timeframe: 1m
        strategy: { type: rsi }
        risk: { stake: { quote: 1000 }, stop_loss: 0.02 }
        """;

    // Long enough that the run is still replaying when the signal lands after its first progress line.
    private const int Minutes = 1_500_000;

    private readonly BacktesterRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("INT", 130, "SIGINT")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task Run_SignalDuringReplay_ExitsWithSignalCodeSaysInterruptedAndWritesNoReport(string signal, int expectedCode, string name)
    {
        string csv = WriteMinuteCsv();
        string report = Path.Combine(_run.Directory, "report.html");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _run.Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.Environment["DATABASE_URL"] = _run.DatabasePath;
        info.Environment["LOG_DIR"] = Path.Combine(_run.Directory, "logs");
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Backtester.dll"), "--config", _run.Config(Yaml), "--csv", csv, "--json", "--report", report, "--no-store" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = new StringBuilder();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // The first progress line means the replay (and the signal handlers) are running.
        while (await process.StandardError.ReadLineAsync(guard.Token) is { } line)
        {
            stderr.AppendLine(line);
            if (line.Contains(" candles (", StringComparison.Ordinal)) break;
        }
        using (var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {process.Id}") { UseShellExecute = false })!)
            await kill.WaitForExitAsync(guard.Token);
        stderr.Append(await process.StandardError.ReadToEndAsync(guard.Token));
        await process.WaitForExitAsync(guard.Token);

        Assert.True(process.ExitCode == expectedCode, $"exit {process.ExitCode}\n{stderr}");
        Assert.Contains($"interrupted by {name}", stderr.ToString());
        Assert.DoesNotContain("100 %", stderr.ToString());
        Assert.Equal("", (await stdout).Trim());
        Assert.False(File.Exists(report));
        Assert.False(File.Exists(report + ".tmp"));
    }

    private string WriteMinuteCsv()
    {
        string path = Path.Combine(_run.Directory, "minutes.csv");
        using var writer = new StreamWriter(path);
        writer.WriteLine("time,open,high,low,close,volume");
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        double close = 10_000;
        for (int i = 0; i < Minutes; i++)
        {
            // A deterministic wave, so the RSI strategy trades now and then. It wins nearly every trade: a fixed stake
            // (above) keeps the balance within decimal's range over the 1.5 M minutes (a fraction compounds past it).
            double open = close;
            close = 10_000 + 500 * Math.Sin(i / 300.0) + 50 * Math.Sin(i / 7.0);
            double high = Math.Max(open, close) + 1, low = Math.Min(open, close) - 1;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{start.AddMinutes(i):yyyy-MM-ddTHH:mm:ssZ},{open:0.##},{high:0.##},{low:0.##},{close:0.##},1"));
        }
        return path;
    }
}
