namespace Trader.Testing;

/// <summary>SQLite database files in a fresh temp directory, deleted with it on dispose.</summary>
internal sealed class SqliteBackend : DatabaseBackend
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "trader-db-tests", Guid.NewGuid().ToString("N"));

    public SqliteBackend() => Directory.CreateDirectory(_directory);

    public override string Name => "sqlite";

    public override string Url(string name = "t") => Path.Combine(_directory, $"{name}.db");

    public override void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A still-running child process may hold a file; the temp folder is cleaned by the OS eventually.
        }
    }
}
