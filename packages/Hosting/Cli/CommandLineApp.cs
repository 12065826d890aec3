using System.CommandLine;
using System.Runtime.InteropServices;
using Trader.Domain;

namespace Trader.Hosting.Cli;

/// <summary>
/// Runs an app's root command with the exit-code contract every app shares: 0 ok, 1 runtime failure,
/// 2 bad usage or config, the reason on stderr. Ctrl+C and SIGTERM cancel one token that the command's
/// action receives, so a long-running action can finish its current step and exit cleanly.
/// </summary>
public static class CommandLineApp
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen action and returns the process exit code.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? stderr = null)
    {
        stderr ??= Console.Error;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine($"Run '{root.Name} --help' for usage.");
            return ExitCodes.BadUsage;
        }

        using var stopping = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            var config = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await parsed.InvokeAsync(config, stopping.Token);
        }
        catch (ConfigException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.BadUsage;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        catch (TraderException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }

        // The runtime would kill the process on SIGTERM; cancelling instead lets the action wind down.
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }
    }
}
