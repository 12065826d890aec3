using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trader.Execution;

namespace Trader.Trader.Run;

/// <summary>
/// Hash of an instance's effective settings (after defaults), so comments, formatting and key order do not count as a
/// change but any value that alters decisions does. Source positions (line, column) are left out.
/// </summary>
internal static class ConfigHash
{
    public static string Of(InstanceConfig config)
    {
        var node = JsonSerializer.SerializeToNode(config) ?? throw new InvalidOperationException("config did not serialize");
        Strip(node);
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("Line");
                obj.Remove("Column");
                foreach (var (_, child) in obj) Strip(child);
                break;
            case JsonArray array:
                foreach (var child in array) Strip(child);
                break;
        }
    }
}
