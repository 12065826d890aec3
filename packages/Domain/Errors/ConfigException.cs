namespace Trader.Domain;

/// <summary>Bad configuration or usage: the process exits with code 2 and prints <see cref="Exception.Message"/>.</summary>
public sealed class ConfigException(string message) : TraderException(message);
