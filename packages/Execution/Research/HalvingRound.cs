namespace Trader.Execution.Research;

/// <summary>One round of <see cref="SuccessiveHalving"/>: how many candidates run, on how many leading candles.</summary>
public sealed record HalvingRound(int Candidates, int Candles);
