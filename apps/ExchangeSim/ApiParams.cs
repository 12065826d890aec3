using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Trader.ExchangeSim;

/// <summary>
/// A request's parameters (query string, form or JSON body together), read strictly. A missing or malformed value
/// throws <see cref="ParameterException"/>, which each dialect answers in its own error shape.
/// </summary>
public sealed class ApiParams(IReadOnlyDictionary<string, StringValues> values)
{
    public string? Optional(string name) =>
        values.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

    public string Required(string name) => Optional(name) ?? throw new ParameterException(name, missing: true);

    public long? OptionalLong(string name) =>
        Optional(name) is { } s ? long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw new ParameterException(name, missing: false) : null;

    public decimal? OptionalDecimal(string name) =>
        Optional(name) is { } s ? decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : throw new ParameterException(name, missing: false) : null;

    public decimal RequiredDecimal(string name) => OptionalDecimal(name) ?? throw new ParameterException(name, missing: true);
}
