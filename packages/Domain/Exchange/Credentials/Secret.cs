namespace Trader.Domain;

/// <summary>
/// A credential (API key, signing secret, access token). It prints as <c>***</c> everywhere (ToString, string
/// interpolation, Serilog, record printing) and has no public property to destructure; only <see cref="Reveal"/>
/// gives the value, and only the code that signs or compares it should call it.
/// </summary>
public sealed class Secret
{
    private readonly string _value;

    /// <exception cref="ArgumentException">The value is empty.</exception>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _value = value;
    }

    /// <summary>The credential itself. Never log or format it.</summary>
    public string Reveal() => _value;

    /// <summary>Always <c>***</c>.</summary>
    public override string ToString() => "***";
}
