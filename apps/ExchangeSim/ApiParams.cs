using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Trader.ExchangeSim;

/// <summary>A request's parameters (query string and form body together), read the way Binance validates them.</summary>
public sealed class ApiParams(Dictionary<string, StringValues> values)
{
    public string? Optional(string name) =>
        values.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;

    public string Required(string name) => Optional(name) ?? throw ApiError.Mandatory(name);

    public long? OptionalLong(string name) =>
        Optional(name) is { } s ? long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw ApiError.Illegal(name) : null;

    public decimal? OptionalDecimal(string name) =>
        Optional(name) is { } s ? decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : throw ApiError.Illegal(name) : null;

    public decimal RequiredDecimal(string name) => OptionalDecimal(name) ?? throw ApiError.Mandatory(name);
}
