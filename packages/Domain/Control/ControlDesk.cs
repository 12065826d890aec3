namespace Trader.Domain;

/// <summary>
/// Where operators' commands enter, for the CLI, the dashboard and Telegram alike: checks the instance exists, writes
/// the command (idempotent by its id) and waits for the instance to take it.
/// </summary>
public sealed class ControlDesk(IControlStore controls, IInstanceStore instances, TimeProvider clock)
{
    /// <summary>How often <see cref="WaitAsync"/> looks at the command table.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Writes <paramref name="action"/> for <paramref name="instance"/> under <paramref name="id"/>, issued now by
    /// <paramref name="issuedBy"/>, and returns the stored command (the earlier one when that id was issued before).
    /// </summary>
    /// <exception cref="ConfigException">No instance of that name is registered (the message lists those that are).</exception>
    public async Task<ControlCommand> IssueAsync(string instance, ControlAction action, string id, string issuedBy, CancellationToken ct)
    {
        if (await instances.GetAsync(instance, ct).ConfigureAwait(false) is null)
        {
            var known = (await instances.ListAsync(ct).ConfigureAwait(false)).Select(i => i.Registration.Name).ToList();
            throw new ConfigException(
                $"No instance '{instance}' in the database; known: {(known.Count == 0 ? "none (start one first)" : string.Join(", ", known))}.");
        }
        await controls.IssueAsync(new ControlCommand(id, instance, action, issuedBy, clock.GetUtcNow().ToUnixTimeMilliseconds()), ct).ConfigureAwait(false);
        return (await controls.GetAsync(id, ct).ConfigureAwait(false))!;
    }

    /// <summary>The command <paramref name="id"/> once it is no longer pending, or as it stands after <paramref name="limit"/>.</summary>
    public async Task<ControlCommand?> WaitAsync(string id, TimeSpan limit, CancellationToken ct)
    {
        var until = clock.GetUtcNow() + limit;
        while (true)
        {
            var command = await controls.GetAsync(id, ct).ConfigureAwait(false);
            if (command is null or { Status: not ControlStatus.Pending } || clock.GetUtcNow() >= until) return command;
            await Task.Delay(PollInterval, clock, ct).ConfigureAwait(false);
        }
    }
}
