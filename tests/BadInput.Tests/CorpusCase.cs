namespace Trader.BadInput.Tests;

/// <summary>One file of the corpus and what every app reading it must answer.</summary>
/// <param name="File">Path under Corpus/, e.g. <c>config/empty.yaml</c>.</param>
/// <param name="ExitCode">The exit code every reader must end with.</param>
/// <param name="Message">Text the error must contain.</param>
public sealed record CorpusCase(string File, int ExitCode, string Message)
{
    /// <summary>The corpus folder beside the test sources.</summary>
    public static string Folder => Testing.Repository.Path("tests", "BadInput.Tests", "Corpus");

    /// <summary>The cases listed in <c>Corpus/expected.tsv</c>.</summary>
    public static IReadOnlyList<CorpusCase> All { get; } =
    [
        .. System.IO.File.ReadAllLines(System.IO.Path.Combine(Folder, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new CorpusCase(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2])),
    ];

    /// <summary>The file's full path.</summary>
    public string FullPath => System.IO.Path.Combine(Folder, File);

    /// <summary>The kind of input, from its folder: <c>config</c> or <c>csv</c>.</summary>
    public string Kind => File.Split('/')[0];
}
