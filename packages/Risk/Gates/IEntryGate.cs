namespace Trader.Risk.Gates;

/// <summary>A rule that can forbid new entries for a while (breakers, cooldown). It never touches open positions.</summary>
public interface IEntryGate
{
    /// <summary>Why entries are refused at <paramref name="timeMs"/> (UTC Unix ms of the deciding candle's close), or null when allowed.</summary>
    string? BlockReason(long timeMs);
}
