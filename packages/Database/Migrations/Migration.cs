using System.Reflection;
using System.Text.RegularExpressions;

namespace Trader.Database.Migrations;

/// <summary>
/// One forward-only schema step, from an embedded <c>Migrations/&lt;Backend&gt;/NNNN_name.sql</c> file. Each backend has its
/// own dialect of the same steps: the same numbers, names, tables and columns.
/// </summary>
/// <param name="Version">The NNNN number; versions run 1, 2, 3... without gaps.</param>
/// <param name="Name">The part after the number, e.g. <c>initial</c>.</param>
/// <param name="Sql">The statements to run.</param>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>The SQLite migrations embedded in this assembly, in order.</summary>
    public static IReadOnlyList<Migration> Sqlite { get; } = Load(typeof(Migration).Assembly, "Sqlite");

    /// <summary>The PostgreSQL migrations embedded in this assembly, in order.</summary>
    public static IReadOnlyList<Migration> Postgres { get; } = Load(typeof(Migration).Assembly, "Postgres");

    /// <summary>Reads and checks the numbering of every migration embedded for <paramref name="backend"/>.</summary>
    /// <exception cref="InvalidOperationException">A misnamed file or a gap in the numbering (a build mistake).</exception>
    public static IReadOnlyList<Migration> Load(Assembly assembly, string backend)
    {
        string prefix = $"Trader.Database.Migrations.{backend}.";
        var migrations = new List<Migration>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            string file = resource[prefix.Length..];
            var match = FileName().Match(file);
            if (!match.Success)
                throw new InvalidOperationException($"Migration file '{file}' must be named NNNN_short_name.sql (four digits, lower-case name).");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd()));
        }
        return Ordered(migrations);
    }

    /// <summary>Sorts <paramref name="migrations"/> and checks they are numbered 1..N without gaps or repeats.</summary>
    public static IReadOnlyList<Migration> Ordered(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToArray();
        for (int i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Migrations must be numbered 1, 2, 3... without gaps or repeats; expected {i + 1:D4} but found {ordered[i].Version:D4}_{ordered[i].Name}.");
        }
        return ordered;
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
