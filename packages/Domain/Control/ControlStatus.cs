namespace Trader.Domain;

/// <summary>Where an operator command stands.</summary>
public enum ControlStatus
{
    /// <summary>Written, not yet seen by the instance.</summary>
    Pending,

    /// <summary>Taken by the instance before the candle <see cref="ControlCommand.EffectiveOpenMs"/>; see its result.</summary>
    Applied,

    /// <summary>Seen by the instance and not carried out (the result says why).</summary>
    Skipped,
}
