namespace Trader.Core.Config;

/// <summary>
/// A config record with value rules beyond its types. The loader calls <see cref="Violations"/> after binding
/// and reports each one at the line of the offending key, together with every other problem in the file.
/// </summary>
public interface IConfigRules
{
    /// <summary>Every broken rule; empty when the record is valid.</summary>
    IReadOnlyList<RuleViolation> Violations();
}
