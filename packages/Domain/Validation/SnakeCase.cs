using System.Reflection;
using System.Text;

namespace Trader.Domain;

/// <summary>Maps PascalCase members to the snake_case keys configs use, so the allowed keys follow the records.</summary>
public static class SnakeCase
{
    /// <summary><c>MaxOpenPositions</c> becomes <c>max_open_positions</c>.</summary>
    public static string From(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>The positional constructor parameters of record <paramref name="type"/>, by snake_case key, in declaration order.</summary>
    public static IReadOnlyList<(string Key, ParameterInfo Parameter)> Parameters(Type type)
    {
        var ctor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        return ctor.GetParameters().Select(p => (From(Pascal(p.Name!)), p)).ToArray();
    }

    /// <summary>The snake_case keys of record <paramref name="type"/>'s positional parameters, in declaration order (as messages list them).</summary>
    public static IReadOnlyList<string> KeysOf(Type type) => Parameters(type).Select(p => p.Key).ToArray();

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
