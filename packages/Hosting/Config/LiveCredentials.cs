using Trader.Domain;
using Trader.Execution;

namespace Trader.Hosting.Config;

/// <summary>The trader's start-up check that a live instance can sign its orders.</summary>
public static class LiveCredentials
{
    /// <summary>
    /// Checks, before anything starts, the credentials of the instance's exchange: a half-set pair is an error in any
    /// mode; live mode needs both.
    /// </summary>
    /// <param name="config">The loaded instance.</param>
    /// <param name="file">Config file path, for the message.</param>
    /// <param name="variables">The environment (the process's over <c>.env</c>).</param>
    /// <returns>The exchange's credentials, or null in paper mode without them.</returns>
    /// <exception cref="ConfigException">A half-set pair, or live mode without credentials; the message names the variables to set.</exception>
    public static ExchangeCredentials? Require(InstanceConfig config, string file, IReadOnlyDictionary<string, string> variables)
    {
        var credentials = ExchangeCredentials.FromEnvironment(config.Exchange, variables);
        if (config.Mode != TradingMode.Live || credentials is not null) return credentials;
        throw new ConfigException(
            $"{file}: mode: live needs {ExchangeCredentials.KeyVariable(config.Exchange)} and {ExchangeCredentials.SecretVariable(config.Exchange)} " +
            "in the environment (or in .env in the working directory); neither is set. Set them, or use mode: paper.");
    }
}
