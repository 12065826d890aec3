namespace Trader.Domain;

/// <summary>
/// A config record with value rules beyond its types. The loader calls <see cref="Violations"/> after binding
/// and reports each one at the line of the offending key, together with every other problem in the file.
/// </summary>
public interface IValidatedConfig
{
    /// <summary>Every broken rule; empty when the record is valid.</summary>
    IReadOnlyList<ConfigViolation> Violations();
}
