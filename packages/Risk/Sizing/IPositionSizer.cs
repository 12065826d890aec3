namespace Trader.Risk.Sizing;

/// <summary>Decides how much quote currency one entry should spend, before exposure and cash caps.</summary>
public interface IPositionSizer
{
    /// <summary>Sizes one entry.</summary>
    SizingResult Size(SizingParameters parameters);
}
