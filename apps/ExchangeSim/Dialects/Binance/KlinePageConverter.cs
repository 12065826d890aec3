using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Trader.ExchangeSim.Dialects.Binance;

/// <summary>
/// Writes <see cref="KlinePage"/> rows: open time, open, high, low, close, volume, close time (ms, inclusive), quote
/// volume, trade count, taker buy base and quote volumes, and Binance's unused "0".
/// </summary>
public sealed class KlinePageConverter : JsonConverter<KlinePage>
{
    public override KlinePage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The simulator only writes klines.");

    public override void Write(Utf8JsonWriter writer, KlinePage value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[64];
        writer.WriteStartArray();
        foreach (var c in value.Candles)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(c.OpenTimeMs);
            Decimal(writer, c.Open, buffer);
            Decimal(writer, c.High, buffer);
            Decimal(writer, c.Low, buffer);
            Decimal(writer, c.Close, buffer);
            Decimal(writer, c.Volume, buffer);
            writer.WriteNumberValue(value.Timeframe.CloseTimeMs(c.OpenTimeMs) - 1);
            Decimal(writer, c.Volume * (c.Open + c.Close) / 2, buffer);
            writer.WriteNumberValue(1);
            Decimal(writer, c.Volume / 2, buffer);
            Decimal(writer, c.Volume * (c.Open + c.Close) / 4, buffer);
            writer.WriteStringValue("0"u8);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    // Binance's 8-decimal strings, as BinanceJson.D writes them, without an intermediate string.
    private static void Decimal(Utf8JsonWriter writer, double value, Span<byte> buffer)
    {
        if (!((decimal)value).TryFormat(buffer, out int written, "0.00000000", CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"Kline value {value} does not fit the 8-decimal format.");
        writer.WriteStringValue(buffer[..written]);
    }
}
