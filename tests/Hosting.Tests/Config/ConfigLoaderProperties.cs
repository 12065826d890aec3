using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Hosting.Tests.Config;

/// <summary>
/// The loader over damaged copies of the shipped configs: whatever the damage, the result is a valid config or a
/// <see cref="ConfigException"/> whose every problem reads <c>file:line:col: message</c>; never another exception.
/// </summary>
public sealed partial class ConfigLoaderProperties
{
    private const string File = "damaged.yaml";

    private static readonly string[] Shipped =
        [.. Directory.GetFiles(Path.Combine(ExampleConfigsTests.RepoRoot(), "config", "strategies"), "*.yaml").Order().Select(System.IO.File.ReadAllText)];

    // What a slip of the keyboard, a bad merge or a hostile file puts into YAML.
    private static readonly string[] Inserts =
    [
        ":", " ", "\n", "\t", "-", "- ", "[", "]", "{", "}", ",", "#", "'", "\"", "&a ", "*a", "!!binary ", "|", ">", "%", "@",
        "`", "? ", "---\n", "...\n", "  ", "\n  x: 1", "\ufeff", "\0",
    ];

    private static readonly string[] HostileValues =
    [
        "-1", "0", "1e400", "-1e400", "NaN", ".nan", ".inf", "~", "null", "[]", "{}", "[", "\"\"", "''", "0x10",
        "79228162514264337593543950335", "2147483647", "99999999999999999999999999999999", "yes", "*a", "&a 1",
        "!!int x", "1h", "binance", "BTC/USDT", "btc;rm", "0.5", "1e-30",
    ];

    private static Gen<Func<string, string>> Mutation() => Gen.OneOf(
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 40)
        select (Func<string, string>)(text =>
        {
            int start = at % (text.Length + 1);
            return text.Remove(start, Math.Min(length, text.Length - start));
        }),
        from at in Gen.Choose(0, int.MaxValue)
        from insert in Gen.Elements(Inserts)
        select (Func<string, string>)(text => text.Insert(at % (text.Length + 1), insert)),
        from line in Gen.Choose(0, int.MaxValue)
        from value in Gen.Elements(HostileValues)
        select (Func<string, string>)(text => ReplaceValue(text, line, value)),
        from line in Gen.Choose(0, int.MaxValue)
        select (Func<string, string>)(text => DuplicateLine(text, line)));

    private static Gen<string> Damaged() =>
        from source in Gen.Elements(Shipped)
        from mutations in Mutation().ArrayOf().Select(m => m.Take(4))
        select mutations.Aggregate(source, (text, mutate) => mutate(text));

    [Property(MaxTest = 1500)]
    public Property Parse_DamagedConfig_IsValidOrEveryProblemHasFileLineAndColumn() =>
        Prop.ForAll(Damaged().ToArbitrary(), yaml =>
        {
            try
            {
                var config = ConfigLoader.Parse(yaml, File);
                return config.Risk is not null && Enum.IsDefined(config.Mode);
            }
            catch (ConfigException e)
            {
                var lines = e.Message.Split(Environment.NewLine);
                return lines[0].StartsWith($"{File}: ") && lines.Skip(1).All(l => Problem().IsMatch(l)) && lines.Length > 1;
            }
        });

    [GeneratedRegex(@"^damaged\.yaml:\d+:\d+: \S")]
    private static partial Regex Problem();

    private static string ReplaceValue(string text, int pick, string value)
    {
        var lines = text.Split('\n');
        var withValues = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ")).ToArray();
        if (withValues.Length == 0) return text;
        int i = withValues[pick % withValues.Length];
        lines[i] = lines[i][..(lines[i].IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
        return string.Join('\n', lines);
    }

    private static string DuplicateLine(string text, int pick)
    {
        var lines = text.Split('\n').ToList();
        int i = pick % lines.Count;
        lines.Insert(i, lines[i]);
        return string.Join('\n', lines);
    }
}
