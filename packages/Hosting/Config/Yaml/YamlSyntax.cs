using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Trader.Hosting.Config.Yaml;

/// <summary>
/// Parses a config file's YAML text into nodes, the one place every app's config loader does it, so a syntax error
/// is always one <see cref="ConfigError"/> at a line and column and never an exception from the YAML library.
/// </summary>
public static class YamlSyntax
{
    /// <summary>
    /// Deepest nesting of mappings and lists accepted. Config files nest three or four levels; the node loader
    /// recurses per level, so thousands of '[' would overflow the stack, which nothing can catch.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="yaml"/> (read from <paramref name="path"/>, named in the error).</summary>
    /// <returns>The documents, or null with <paramref name="error"/> set when the text is not valid YAML.</returns>
    public static YamlStream? TryLoad(string yaml, string path, out ConfigError? error)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new BoundedParser(new Parser(scanner));
        var stream = new YamlStream();
        error = null;
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            error = At(path, e.Start, $"YAML syntax error: {Describe(e)}");
        }
        // The library has inputs where its parser fails with a bare exception and no position: an unclosed '[' at the
        // end of a line (InvalidOperationException), an empty key before a stray '}' (ArgumentException, found
        // by ConfigLoaderProperties). Report where the scanner stopped, which is where the text broke.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            error = At(path, scanner.CurrentPosition, "YAML syntax error: the text cannot be parsed here; look for an unclosed '[', '{' or quote on this line or the one before");
        }
        return null;
    }

    private static ConfigError At(string path, Mark at, string message) =>
        new(path, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), message);

    // YamlDotNet messages read "While parsing a block mapping, did not find expected key."; keep them, they say what was expected.
    private static string Describe(YamlException e) =>
        e.InnerException is YamlException inner && inner.Message.Length > 0 ? inner.Message : e.Message;

    /// <summary>Passes the parser's events through, refusing to open more than <see cref="MaxDepth"/> collections.</summary>
    private sealed class BoundedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"mappings and lists nest deeper than {MaxDepth} levels");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}
