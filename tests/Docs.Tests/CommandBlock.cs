using System.Text.RegularExpressions;
using Trader.Testing;

namespace Trader.Docs.Tests;

/// <summary>
/// One fenced <c>```bash</c> block of the README or a docs/ page: commands a reader is told to run. Plain fences
/// (<c>```</c>) hold synopses, output and grammars, and are not commands.
/// </summary>
/// <param name="File">Path from the repository root, e.g. <c>docs/trader.md</c>.</param>
/// <param name="Line">Line of the opening fence.</param>
/// <param name="Script">The block's text.</param>
public sealed partial record CommandBlock(string File, int Line, string Script)
{
    /// <summary>Every bash block of README.md and docs/*.md, in file order.</summary>
    public static IReadOnlyList<CommandBlock> All { get; } = Load();

    /// <summary>The block's first command line, for names and skip keys.</summary>
    public string FirstCommand => Script.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0 && !l.StartsWith('#'));

    public override string ToString() => $"{File}:{Line} {FirstCommand}";

    private static List<CommandBlock> Load()
    {
        var files = new[] { "README.md" }.Concat(Directory.GetFiles(Repository.Path("docs"), "*.md").Order()
            .Select(f => "docs/" + Path.GetFileName(f)));
        var blocks = new List<CommandBlock>();
        foreach (var file in files)
        {
            string text = System.IO.File.ReadAllText(Repository.Path(file));
            foreach (Match m in Fence().Matches(text))
            {
                int line = text.AsSpan(0, m.Index).Count('\n') + 1;
                // A fence inside a list item is indented; its lines are the commands without that indent.
                string indent = m.Groups["indent"].Value;
                var lines = m.Groups["body"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l);
                blocks.Add(new CommandBlock(file, line, string.Join('\n', lines)));
            }
        }
        return blocks;
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)```bash\n(?<body>.*?)^\k<indent>```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
