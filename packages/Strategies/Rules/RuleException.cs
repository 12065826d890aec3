using Trader.Domain;

namespace Trader.Strategies.Rules;

/// <summary>
/// A mistake in a rule expression, with its position in the file. The config loader turns it into a
/// <see cref="ConfigException"/> with <see cref="ToConfigException"/> (exit code 2).
/// </summary>
public sealed class RuleException : TraderException
{
    /// <param name="line">1-based line of the mistake in the file.</param>
    /// <param name="column">1-based column of the mistake on that line.</param>
    /// <param name="problem">What is wrong and what was expected, without the position.</param>
    public RuleException(int line, int column, string problem)
        : base($"line {line}, column {column}: {problem}")
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>1-based line of the mistake.</summary>
    public int Line { get; }

    /// <summary>1-based column of the mistake.</summary>
    public int Column { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; }

    internal static RuleException At(RuleText rule, int offset, string problem)
    {
        var (line, column) = rule.PositionOf(offset);
        return new RuleException(line, column, problem);
    }

    /// <summary>The same problem as a config error: <c>{file}:{line}:{column}: {problem}</c>.</summary>
    public ConfigException ToConfigException(string file) => new($"{file}:{Line}:{Column}: {Problem}");
}
