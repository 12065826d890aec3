namespace Trader.Hosting.Config;

/// <summary>One problem found in a config file, at a 1-based line and column.</summary>
/// <param name="File">Path of the file as given to the loader.</param>
/// <param name="Line">1-based line of the offending node (for a missing key, the line of its parent).</param>
/// <param name="Column">1-based column of the offending node.</param>
/// <param name="Message">What is wrong and what is accepted, e.g. <c>unknown key 'stop_los' under 'risk' ...</c>.</param>
public sealed record ConfigError(string File, int Line, int Column, string Message)
{
    /// <summary>Formats as <c>file:line:col: message</c>, the shape compilers use, so editors can jump to it.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
