using System.Diagnostics;
using System.Globalization;

namespace Trader.Backtester.Run;

/// <summary>
/// Where a run's time goes (<c>--timings</c>): each phase's wall and CPU time from the previous mark and the resident
/// memory at its end, the start-up before <c>Main</c> (runtime and assembly loading, from the process's start time),
/// and the process's total CPU time and peak resident memory, as one line on standard error. For profiling the whole process as a user runs it, where
/// a profiler is not at hand; on a shared machine the CPU times are the ones to compare. It measures, it decides nothing.
/// </summary>
internal sealed class RunTimings
{
    // Started first thing in Main. A mark costs a getrusage call and a read of the resident size; the process itself is
    // looked at only when the line is written.
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly TimeSpan _startupCpu = Environment.CpuUsage.TotalTime;
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu, long ResidentBytes)> _phases = [];
    private TimeSpan _lastWall;
    private TimeSpan _lastCpu;

    public RunTimings() => _lastCpu = _startupCpu;

    /// <summary>Ends the current phase, naming what it did (e.g. <c>read 1,000,000 candles</c>).</summary>
    public void Mark(string phase)
    {
        var wall = _watch.Elapsed;
        var cpu = Environment.CpuUsage.TotalTime;
        _phases.Add((phase, wall - _lastWall, cpu - _lastCpu, Environment.WorkingSet));
        _lastWall = wall;
        _lastCpu = cpu;
    }

    /// <summary>
    /// One line: <c>timings: start-up 0.070 s (0.060 s CPU) | ... | read 1,000,000 candles 0.210 s (0.200 s CPU, 80 MB) |
    /// ... | total 0.610 s wall, 0.720 s CPU, peak RSS 98 MB</c>.
    /// </summary>
    public void Write(TextWriter output)
    {
        var inMain = _watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        // The kernel's start time has clock-tick resolution (10 ms): good enough to see the start-up's share.
        var total = TimeProvider.System.GetUtcNow().UtcDateTime - process.StartTime.ToUniversalTime();
        var parts = new List<string> { Phase("start-up", total > inMain ? total - inMain : TimeSpan.Zero, _startupCpu, residentBytes: null) };
        parts.AddRange(_phases.Select(p => Phase(p.Phase, p.Wall, p.Cpu, p.ResidentBytes)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timings: {string.Join(" | ", parts)} | total {Math.Max(total.TotalSeconds, inMain.TotalSeconds):0.000} s wall, {Environment.CpuUsage.TotalTime.TotalSeconds:0.000} s CPU, peak RSS {process.PeakWorkingSet64 / 1_048_576.0:0} MB"));
    }

    private static string Phase(string phase, TimeSpan wall, TimeSpan cpu, long? residentBytes) => string.Create(CultureInfo.InvariantCulture,
        $"{phase} {wall.TotalSeconds:0.000} s ({cpu.TotalSeconds:0.000} s CPU{(residentBytes is { } bytes ? $", {bytes / 1_048_576.0:0} MB" : "")})");
}
