using System.Xml.Linq;

namespace Trader.Architecture.Tests;

/// <summary>One .csproj of the repository: its name, its room (packages, apps, tests, bench) and what it references.</summary>
internal sealed record ProjectFile(string Name, string Room, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences)
{
    public bool IsPackage => Room == "packages";

    public bool IsApp => Room == "apps";

    /// <summary>Every project under packages/, apps/, tests/ and bench/ of the repository at <paramref name="root"/>.</summary>
    public static IReadOnlyList<ProjectFile> All(string root) =>
        new[] { "packages", "apps", "tests", "bench" }
            .SelectMany(room => Directory.EnumerateFiles(Path.Combine(root, room), "*.csproj", SearchOption.AllDirectories)
                .Select(path => Read(room, path)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

    private static ProjectFile Read(string room, string path)
    {
        var xml = XDocument.Load(path);
        string[] Includes(string item) => xml.Descendants(item)
            .Select(e => (string?)e.Attribute("Include") ?? throw new InvalidDataException($"{path}: a {item} without Include."))
            .ToArray();
        var projects = Includes("ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Replace('\\', '/'))).ToArray();
        return new ProjectFile(Path.GetFileNameWithoutExtension(path), room, projects, Includes("PackageReference"));
    }
}
