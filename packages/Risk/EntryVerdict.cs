namespace Trader.Risk;

/// <summary>What risk did with an entry request.</summary>
public enum EntryVerdict
{
    /// <summary>Entered with the sizer's amount.</summary>
    Approved,

    /// <summary>Entered with a smaller amount than the sizer asked for (exposure or cash cap).</summary>
    Resized,

    /// <summary>Not entered.</summary>
    Rejected,
}
