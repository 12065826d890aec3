namespace Trader.Hosting.Config;

/// <summary>API credentials of one exchange, from <c>&lt;EXCHANGE&gt;_API_KEY</c> and <c>&lt;EXCHANGE&gt;_API_SECRET</c>.</summary>
/// <param name="ApiKey">The API key; prints as <c>***</c>.</param>
/// <param name="ApiSecret">The signing secret; prints as <c>***</c>.</param>
public sealed record ExchangeCredentials(Secret ApiKey, Secret ApiSecret);
