namespace Trader.Domain;

/// <summary>The problem an <see cref="ArgumentException"/> describes, worded for a person reading a config error.</summary>
public static class ArgumentProblem
{
    /// <summary>
    /// The first line of the message without the " (Parameter 'x')" that .NET appends: config errors already say which
    /// key they are about.
    /// </summary>
    public static string Problem(this ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string line = exception.Message.Split('\n')[0].Trim();
        string suffix = $" (Parameter '{exception.ParamName}')";
        return exception.ParamName is not null && line.EndsWith(suffix, StringComparison.Ordinal) ? line[..^suffix.Length] : line;
    }
}
