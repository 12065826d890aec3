namespace Trader.Domain;

/// <summary>What an operator asks a running instance to do (<c>trader control NAME ACTION</c>, the dashboard, Telegram).</summary>
public enum ControlAction
{
    /// <summary>No new entries from the next candle on; open positions keep their stops, targets and exit signals.</summary>
    Pause,

    /// <summary>Entries allowed again.</summary>
    Resume,

    /// <summary>Sell every open position at market now (pending orders canceled).</summary>
    ForceExit,

    /// <summary>Re-arm the drawdown and daily-loss breakers, measured from the equity at the reset.</summary>
    ResetBreaker,

    /// <summary>End the process cleanly (status stopped).</summary>
    Stop,
}
