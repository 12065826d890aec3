using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Trader.Trader.Run;

/// <summary>
/// The logger the engine, broker and risk rules write through. While <see cref="IsReplaying"/> (a restart rebuilding
/// the state from the instance's own history) it drops their information lines, so orders and trades of the past are
/// not logged again as if new; warnings and errors still pass. The runner summarises the replay in one line instead.
/// </summary>
internal sealed class ReplayLog : IDisposable
{
    private readonly Logger _logger;

    public ReplayLog(ILogger log)
    {
        _logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .Filter.ByExcluding(e => IsReplaying && e.Level <= LogEventLevel.Information)
            .WriteTo.Logger(log)
            .CreateLogger();
    }

    public ILogger Logger => _logger;

    public bool IsReplaying { get; set; }

    public void Dispose() => _logger.Dispose();
}
