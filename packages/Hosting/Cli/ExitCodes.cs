namespace Trader.Hosting.Cli;

/// <summary>Process exit codes shared by every app.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RuntimeFailure = 1;
    public const int BadUsage = 2;
}
