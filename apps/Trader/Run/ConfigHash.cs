using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trader.Execution;
using Trader.Execution.Brokers.Live;

namespace Trader.Trader.Run;

/// <summary>
/// Hash of an instance's effective settings (after defaults), so comments, formatting, key order and where the file
/// lives do not count as a change but any value that alters decisions does. Source positions (line, column) and the
/// rules' source file are left out.
/// </summary>
internal static class ConfigHash
{
    public static string Of(InstanceConfig config) => Hash(config, keepSourceFile: false);

    /// <summary>
    /// Whether <paramref name="recorded"/> (an instance's registration) is the hash of <paramref name="config"/>. Traders
    /// before 2026-12 hashed the rules' source file path too: such a hash still matches when the file is at that path.
    /// </summary>
    public static bool IsRecordedFor(string recorded, InstanceConfig config) =>
        recorded == Of(config) || recorded == Hash(config, keepSourceFile: true);

    private static string Hash(InstanceConfig config, bool keepSourceFile)
    {
        var node = JsonSerializer.SerializeToNode(config) ?? throw new InvalidOperationException("config did not serialize");
        // A section added after instances were running hashes as before it existed while it is left out, so an upgrade
        // alone never refuses an instance with history.
        if (config.Market is null) node.AsObject().Remove(nameof(InstanceConfig.Market));
        if (config.Entry is null) node.AsObject().Remove(nameof(InstanceConfig.Entry));
        if (config.Exit is null) node.AsObject().Remove(nameof(InstanceConfig.Exit));
        // A live: section that says what the paper: section always implied changes nothing the replay decides on.
        if (config.Live is null || config.Live == LiveConfig.FromPaper(config.Paper)) node.AsObject().Remove(nameof(InstanceConfig.Live));
        Strip(node, keepSourceFile);
        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    private static void Strip(JsonNode? node, bool keepSourceFile)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("Line");
                obj.Remove("Column");
                if (!keepSourceFile) obj.Remove("Source");
                foreach (var (_, child) in obj) Strip(child, keepSourceFile);
                break;
            case JsonArray array:
                foreach (var child in array) Strip(child, keepSourceFile);
                break;
        }
    }
}
