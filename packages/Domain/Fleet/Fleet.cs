namespace Trader.Domain;

/// <summary>Reads every registered instance's <see cref="InstanceSummary"/> from the stores.</summary>
public sealed class Fleet(IInstanceStore instances, ITradeStore trades, IEquityStore equity)
{
    /// <summary>Every registered instance, by name, summarised at <paramref name="nowMs"/> (Unix ms UTC).</summary>
    public async Task<IReadOnlyList<InstanceSummary>> SummarizeAsync(long nowMs, CancellationToken ct)
    {
        var summaries = new List<InstanceSummary>();
        foreach (var instance in await instances.ListAsync(ct).ConfigureAwait(false))
            summaries.Add(await SummarizeAsync(instance, nowMs, ct).ConfigureAwait(false));
        return summaries;
    }

    /// <summary>The instance called <paramref name="name"/> summarised at <paramref name="nowMs"/>, or null when it is not registered.</summary>
    public async Task<InstanceSummary?> SummarizeAsync(string name, long nowMs, CancellationToken ct) =>
        await instances.GetAsync(name, ct).ConfigureAwait(false) is { } instance
            ? await SummarizeAsync(instance, nowMs, ct).ConfigureAwait(false)
            : null;

    private async Task<InstanceSummary> SummarizeAsync(InstanceInfo instance, long nowMs, CancellationToken ct)
    {
        string name = instance.Registration.Name;
        var list = await trades.ListAsync(name, ct).ConfigureAwait(false);
        var latest = await equity.LatestAsync(name, ct).ConfigureAwait(false);
        return InstanceSummary.Of(instance, list, latest, nowMs);
    }
}
