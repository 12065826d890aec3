namespace Trader.Domain;

/// <summary>A signal's reason kept as the values it is about until it is read; formatted once.</summary>
internal abstract class SignalReason
{
    private string? _text;

    public string Text => _text ??= Format();

    protected abstract string Format();
}

/// <summary>The values of one reason and its formatter.</summary>
internal sealed class SignalReason<TValues>(TValues values, Func<TValues, string> format) : SignalReason
{
    protected override string Format() => format(values);
}
