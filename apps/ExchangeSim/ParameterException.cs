namespace Trader.ExchangeSim;

/// <summary>A request parameter is missing (<see cref="Missing"/>) or not in the form the endpoint takes.</summary>
public sealed class ParameterException(string name, bool missing) : Exception($"parameter '{name}' is {(missing ? "missing" : "malformed")}")
{
    public string Name { get; } = name;
    public bool Missing { get; } = missing;
}
