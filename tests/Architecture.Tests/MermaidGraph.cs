using System.Text.RegularExpressions;

namespace Trader.Architecture.Tests;

/// <summary>The edges (<c>A --&gt; B</c>) of the first mermaid block of a markdown page.</summary>
internal static partial class MermaidGraph
{
    public static IReadOnlySet<(string From, string To)> Edges(string markdownPath)
    {
        string text = File.ReadAllText(markdownPath);
        var block = MermaidBlock().Match(text);
        if (!block.Success) throw new InvalidDataException($"{markdownPath}: no ```mermaid block.");
        return Edge().Matches(block.Groups[1].Value)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToHashSet();
    }

    [GeneratedRegex(@"```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();

    // "Trader --> Hosting" or with a node label "Trader[apps/Trader] --> Hosting".
    [GeneratedRegex(@"^\s*(\w+)(?:\[[^\]]*\])?\s*-->\s*(\w+)", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
