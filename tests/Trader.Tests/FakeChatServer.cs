using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Trader.Trader.Tests;

/// <summary>
/// One HTTP server on 127.0.0.1 standing in for the Telegram Bot API (<c>/bot{token}/sendMessage</c>), a Discord webhook
/// (<c>/discord/...</c>) and a generic webhook (<c>/webhook</c>): it records every request it accepts, and refuses the first
/// request of each channel (Telegram with 429 and a retry_after, the others with 500) so the notifier's retries are exercised,
/// unless told not to. Its <c>getUpdates</c> hands out the messages a test queued (<see cref="Say"/>), as Telegram does.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Channel, JsonElement Body)> _accepted = [];
    private readonly HashSet<string> _refusedOnce = [];
    private readonly List<(long Id, long ChatId, string Text)> _updates = [];
    private readonly bool _refuseFirst;
    private readonly Task _serving;

    public FakeChatServer(bool refuseFirst = true)
    {
        _refuseFirst = refuseFirst;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public string BaseUrl { get; }

    /// <summary>Queues a message from <paramref name="chatId"/> for the bot's next getUpdates.</summary>
    public void Say(long chatId, string text)
    {
        lock (_accepted) _updates.Add((_updates.Count + 1, chatId, text));
    }

    /// <summary>The bodies each channel accepted, in order.</summary>
    public IReadOnlyList<JsonElement> Accepted(string channel)
    {
        lock (_accepted) return _accepted.Where(a => a.Channel == channel).Select(a => a.Body).ToList();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            string path = context.Request.Url!.AbsolutePath;
            string channel = path.EndsWith("/sendMessage", StringComparison.Ordinal) ? "telegram" : path.StartsWith("/discord/", StringComparison.Ordinal) ? "discord" : "webhook";
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
            var response = context.Response;
            if (path.EndsWith("/getUpdates", StringComparison.Ordinal))
            {
                long offset = body.TryGetProperty("offset", out var o) ? o.GetInt64() : 0;
                List<(long Id, long ChatId, string Text)> due;
                lock (_accepted) due = _updates.Where(u => u.Id >= offset).ToList();
                var result = due.Select(u => new { update_id = u.Id, message = new { message_id = u.Id, chat = new { id = u.ChatId }, text = u.Text } });
                response.StatusCode = 200;
                await WriteAsync(response, JsonSerializer.Serialize(new { ok = true, result }));
                continue;
            }
            bool refuse;
            lock (_accepted) refuse = _refuseFirst && _refusedOnce.Add(channel);
            if (refuse && channel == "telegram")
            {
                response.StatusCode = 429;
                await WriteAsync(response, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}}""");
            }
            else if (refuse)
            {
                response.StatusCode = 500;
                await WriteAsync(response, "{}");
            }
            else
            {
                lock (_accepted) _accepted.Add((channel, body));
                response.StatusCode = channel == "discord" ? 204 : 200;
                await WriteAsync(response, channel == "telegram" ? """{"ok":true,"result":{}}""" : "");
            }
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length > 0)
        {
            response.ContentType = "application/json";
            await response.OutputStream.WriteAsync(bytes);
        }
        response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
