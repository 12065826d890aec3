namespace Trader.Risk.Exits;

/// <summary>The outcome of checking one closed candle against an open position's exit levels.</summary>
/// <param name="Levels">Levels for the next candle (trailing stop ratcheted by this candle's high); unchanged when triggered.</param>
/// <param name="Trigger">The exit this candle touched, or null to stay in.</param>
public sealed record ExitStep(ExitLevels Levels, ExitTrigger? Trigger);
