namespace Trader.Domain;

/// <summary>A value that parsed but breaks a rule, reported against its key.</summary>
/// <param name="Property">PascalCase property of the record (its snake_case key is derived), or a dotted path into a nested record.</param>
/// <param name="Message">What is allowed, with an example, e.g. <c>must be above 0 and below 1, e.g. 0.03 (3 %)</c>.</param>
public sealed record ConfigViolation(string Property, string Message);
