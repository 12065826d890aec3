using System.Runtime.InteropServices;

namespace Trader.Hosting.Cli;

/// <summary>Process exit codes shared by every app.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RuntimeFailure = 1;
    public const int BadUsage = 2;

    /// <summary>A run cut short by a signal: 128 + the signal number, as shells report it (130 SIGINT, 143 SIGTERM).</summary>
    public static int Interrupted(PosixSignal signal) => signal == PosixSignal.SIGTERM ? 143 : 130;
}
