using Trader.Testing;
using Trader.Trader.Run;

namespace Trader.App.Tests.Run;

/// <summary>A stop request cuts short only work that has changed nothing on the exchange.</summary>
public sealed class StopGateTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task RunAsync_StopWhileNothingSent_CancelsTheUnitAfterTheGrace()
    {
        var clock = new ManualClock();
        var gate = new StopGate(clock);
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var unit = gate.RunAsync(async ct =>
        {
            started.SetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        }, Grace, stop.Token);
        await started.Task;

        await stop.CancelAsync();
        clock.Advance(Grace - TimeSpan.FromMilliseconds(1));
        Assert.False(unit.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => unit);
    }

    [Fact]
    public async Task RunAsync_StopAfterAnOrderWasSent_RunsTheUnitToItsEnd()
    {
        var clock = new ManualClock();
        var gate = new StopGate(clock);
        using var stop = new CancellationTokenSource();
        var sent = new TaskCompletionSource();
        var answered = new TaskCompletionSource<string>();
        var unit = gate.RunAsync(async ct =>
        {
            gate.BeforeChange(ct);
            sent.SetResult();
            // The exchange's answer, recorded after it arrives: the unit's token must stay uncanceled meanwhile.
            var id = await answered.Task.WaitAsync(ct);
            ct.ThrowIfCancellationRequested();
            return id;
        }, Grace, stop.Token);
        await sent.Task;

        await stop.CancelAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(unit.IsCompleted);
        answered.SetResult("txid-1");

        Assert.Equal("txid-1", await unit);
    }

    [Fact]
    public async Task BeforeChange_UnitAlreadyCutOff_ThrowsAndNothingIsSent()
    {
        var clock = new ManualClock();
        var gate = new StopGate(clock);
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var decided = new TaskCompletionSource();
        bool sent = false;
        var unit = gate.RunAsync(async _ =>
        {
            started.SetResult();
            // Work that ignores the token (a CPU-bound decision), then the order.
            await decided.Task;
            gate.BeforeChange(CancellationToken.None);
            sent = true;
        }, Grace, stop.Token);
        await started.Task;

        await stop.CancelAsync();
        clock.Advance(Grace);
        decided.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => unit);
        Assert.False(sent);
    }

    [Fact]
    public async Task RunAsync_AfterTheStopRequest_DoesNotStartTheUnit()
    {
        var gate = new StopGate(new ManualClock());
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();
        bool ran = false;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.RunAsync(_ =>
        {
            ran = true;
            return Task.CompletedTask;
        }, Grace, stop.Token));
        Assert.False(ran);
    }
}
