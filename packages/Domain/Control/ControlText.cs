namespace Trader.Domain;

/// <summary>One line saying where a command stands, for the CLI and Telegram.</summary>
public static class ControlText
{
    /// <summary>E.g. <c>btc-1m: pause applied: paused: no new entries, exits still managed (command 3f2a...)</c>.</summary>
    public static string Describe(ControlCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        string what = $"{command.Instance}: {ControlActions.Name(command.Action)}";
        return command.Status switch
        {
            ControlStatus.Pending =>
                $"{what} queued: the instance has not taken it yet (it takes commands while running, within about 15 s) (command {command.Id})",
            ControlStatus.Skipped => $"{what} {command.Result} (command {command.Id})",
            _ => $"{what} applied: {command.Result} (command {command.Id})",
        };
    }
}
