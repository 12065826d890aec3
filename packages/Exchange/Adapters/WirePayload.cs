using System.Globalization;
using System.Text.Json;
using Trader.Domain;

namespace Trader.Exchange.Adapters;

// Reads a venue's JSON answers field by field, so a malformed payload fails with the venue, the field, the value and the call named.
internal readonly struct WirePayload(JsonElement element, string venue, string what, string path = "$")
{
    public JsonElement Element => element;

    public WirePayload Field(string name)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Malformed($"expected an object, got {element.ValueKind}");
        return element.TryGetProperty(name, out var v) ? new WirePayload(v, venue, what, $"{path}.{name}") : throw Malformed($"field '{name}' is missing");
    }

    public WirePayload? OptionalField(string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? new WirePayload(v, venue, what, $"{path}.{name}") : null;

    public IEnumerable<WirePayload> Items()
    {
        if (element.ValueKind != JsonValueKind.Array) throw Malformed($"expected an array, got {element.ValueKind}");
        var (v, w, p) = (venue, what, path);
        return element.EnumerateArray().Select((e, i) => new WirePayload(e, v, w, $"{p}[{i}]")).ToList();
    }

    public WirePayload At(int index)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() <= index) throw Malformed($"expected an array with an element {index}");
        return new WirePayload(element[index], venue, what, $"{path}[{index}]");
    }

    public string String() => element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Malformed($"expected a string, got {element.ValueKind} {Raw()}");

    public decimal Decimal(string name) => Field(name).Decimal();

    public decimal Decimal()
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var n)) return n;
        if (element.ValueKind == JsonValueKind.String && decimal.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s)) return s;
        throw Malformed($"expected a decimal number, got {Raw()}");
    }

    public double Double() => (double)Decimal();

    public long Long(string name) => Field(name).Long();

    public long Long()
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var n)) return n;
        if (element.ValueKind == JsonValueKind.String && long.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s)) return s;
        throw Malformed($"expected an integer, got {Raw()}");
    }

    public bool Bool(string name)
    {
        var f = Field(name).Element;
        return f.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Malformed($"field '{name}' should be true or false, got {f.GetRawText()}"),
        };
    }

    public string String(string name) => Field(name).String();

    private string Raw()
    {
        var text = element.GetRawText();
        return text.Length > 60 ? text[..60] + "..." : text;
    }

    private ExchangeException Malformed(string problem) =>
        new($"{venue} answered {what} with a malformed payload at {path}: {problem}. The API may have changed or a proxy altered the answer.");
}
