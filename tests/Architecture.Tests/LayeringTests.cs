namespace Trader.Architecture.Tests;

/// <summary>
/// Dependencies point down (docs/architecture.md): the domain is the floor, only apps wire Hosting and Database,
/// the engine does not know exchange adapters, and the page's graph is the graph the .csproj files declare.
/// </summary>
public sealed class LayeringTests
{
    private static readonly IReadOnlyList<ProjectFile> Projects = ProjectFile.All(Repository.Root);

    // Libraries that configure a process (YAML, .env, log sinks, command lines) belong to the host layer.
    private static readonly string[] HostOnlyPackages = ["YamlDotNet", "DotNetEnv", "Serilog.Sinks.Console", "Serilog.Sinks.File", "System.CommandLine"];

    private static ProjectFile Project(string name) => Projects.Single(p => p.IsPackage && p.Name == name);

    [Fact]
    public void Domain_ReferencesNothing()
    {
        var domain = Project("Domain");
        Assert.Empty(domain.ProjectReferences);
        Assert.Empty(domain.PackageReferences);
    }

    [Fact]
    public void Packages_ReferenceOnlyPackages()
    {
        var packages = Projects.Where(p => p.IsPackage).Select(p => p.Name).ToHashSet();
        var upward = Projects.Where(p => p.IsPackage)
            .SelectMany(p => p.ProjectReferences.Where(r => !packages.Contains(r)).Select(r => $"{p.Name} -> {r}"));
        Assert.Empty(upward);
    }

    [Theory]
    [InlineData("Hosting")]
    [InlineData("Database")]
    public void HostAndDatabase_ReferencedByAppsTestsAndBenchOnly(string name)
    {
        var packagesReferencing = Projects.Where(p => p.IsPackage && p.ProjectReferences.Contains(name)).Select(p => p.Name);
        Assert.Empty(packagesReferencing);
    }

    [Fact]
    public void Execution_DoesNotReferenceVenuesStorageOrHost()
    {
        var references = Project("Execution").ProjectReferences;
        Assert.DoesNotContain("Exchange", references);
        Assert.DoesNotContain("Simulator", references);
        Assert.DoesNotContain("Database", references);
        Assert.DoesNotContain("Hosting", references);
    }

    [Fact]
    public void HostOnlyLibraries_ReferencedByNoPackageButHosting()
    {
        var offenders = Projects.Where(p => p.IsPackage && p.Name != "Hosting")
            .SelectMany(p => p.PackageReferences.Intersect(HostOnlyPackages).Select(r => $"{p.Name} -> {r}"));
        Assert.Empty(offenders);
    }

    [Fact]
    public void ArchitecturePage_GraphMatchesProjectReferences()
    {
        var declared = Projects.Where(p => p.IsPackage || p.IsApp)
            .SelectMany(p => p.ProjectReferences.Select(r => (From: p.Name, To: r)))
            .ToHashSet();
        var drawn = MermaidGraph.Edges(Path.Combine(Repository.Root, "docs", "architecture.md"));

        var missing = declared.Except(drawn).Select(e => $"{e.From} --> {e.To}").Order();
        var extra = drawn.Except(declared).Select(e => $"{e.From} --> {e.To}").Order();
        Assert.True(!missing.Any() && !extra.Any(),
            $"docs/architecture.md's graph differs from the .csproj references. Not drawn: [{string.Join(", ", missing)}]; drawn but not referenced: [{string.Join(", ", extra)}].");
    }
}
