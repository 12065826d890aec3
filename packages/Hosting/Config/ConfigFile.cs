using Trader.Domain;

namespace Trader.Hosting.Config;

/// <summary>Reads a config file's text for every app, turning the ways a path can be wrong into one clear message.</summary>
public static class ConfigFile
{
    /// <summary>Reads <paramref name="path"/>; <paramref name="what"/> names the file in messages, e.g. "config file".</summary>
    /// <exception cref="ConfigException">The path is a folder, missing or unreadable.</exception>
    public static string ReadText(string path, string what)
    {
        // Reading a folder fails with "Access denied", which sends people after permissions.
        if (Directory.Exists(path))
            throw new ConfigException($"{path}: is a directory, not a {what}; give the YAML file inside it, e.g. {Path.Combine(path, "btc_binance_1h.yaml")}");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read the {what}: {e.Message}");
        }
    }
}
