namespace Trader.Domain;

/// <summary>Root of every error the system raises on purpose. Messages say what to do and never hold secrets.</summary>
public abstract class TraderException(string message, Exception? inner = null) : Exception(message, inner);
