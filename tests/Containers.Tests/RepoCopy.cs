namespace Trader.Containers.Tests;

/// <summary>A temp folder holding what the compose checks and scripts/add-instance read: compose files, .env.example, config/, scripts/.</summary>
public sealed class RepoCopy : IDisposable
{
    private RepoCopy(string root) => Root = root;

    public string Root { get; }

    public string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static RepoCopy Create()
    {
        var root = Directory.CreateTempSubdirectory("trader-containers-").FullName;
        foreach (var name in new[] { ComposeChecks.ComposeName, ComposeChecks.LoopbackName, ".env.example" })
            System.IO.File.Copy(Repo.File(name), Path.Combine(root, name));
        Directory.CreateDirectory(Path.Combine(root, "config", "strategies"));
        foreach (var yaml in Directory.GetFiles(Repo.File("config", "strategies")))
            System.IO.File.Copy(yaml, Path.Combine(root, "config", "strategies", Path.GetFileName(yaml)));
        Directory.CreateDirectory(Path.Combine(root, "scripts"));
        System.IO.File.Copy(Repo.File("scripts", "add-instance"), Path.Combine(root, "scripts", "add-instance"));
        return new RepoCopy(root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
