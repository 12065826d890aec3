using System.Globalization;
using Trader.Domain;

namespace Trader.Simulator;

// A one-cancels-the-other pair in the venue's book: the stop leg and the limit leg share one reservation (held by
// whichever leg ends last), and the list is done as soon as either leg is no longer waiting.
internal sealed class SimOrderList(long id, string listClientOrderId, SimOrder stopLeg, SimOrder limitLeg, long createdMs)
{
    public long Id { get; } = id;
    public string ListClientOrderId { get; } = listClientOrderId;
    public SimOrder StopLeg { get; } = stopLeg;
    public SimOrder LimitLeg { get; } = limitLeg;
    public long CreatedMs { get; } = createdMs;

    public bool IsDone => StopLeg.Status != OrderStatus.Open || LimitLeg.Status != OrderStatus.Open;

    public SimOrder Other(SimOrder leg) => ReferenceEquals(leg, StopLeg) ? LimitLeg : StopLeg;

    public OrderList Snapshot() => new(Id.ToString(CultureInfo.InvariantCulture), ListClientOrderId, StopLeg.Market.Symbol, IsDone, CreatedMs,
        [StopLeg.Snapshot(), LimitLeg.Snapshot()]);
}
