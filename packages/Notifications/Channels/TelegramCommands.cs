using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Serilog;
using Trader.Domain;

namespace Trader.Notifications.Channels;

/// <summary>
/// Operator commands from Telegram: long-polls the Bot API's <c>getUpdates</c> and turns <c>/pause NAME</c>,
/// <c>/resume NAME</c>, <c>/force_exit NAME</c>, <c>/reset_breaker NAME</c> and <c>/stop NAME</c> (hyphens or underscores)
/// from an allow-listed chat into the same commands as the CLI (<see cref="ControlDesk"/>), issued by <c>telegram:CHAT</c>,
/// and answers in that chat with the result. Messages from other chats are ignored (and logged without their text).
/// Each command's id is the update's id, so an update Telegram delivers again after a crash is the same command.
/// </summary>
public sealed class TelegramCommands(
    HttpClient http, Uri baseUrl, string botToken, IReadOnlySet<string> allowedChatIds, ControlDesk desk, TimeProvider clock, ILogger log)
{
    private const int LongPollSeconds = 25;
    private static readonly TimeSpan ResultWait = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);
    private readonly ILogger _log = log.ForContext<TelegramCommands>();

    /// <summary>Polls until <paramref name="ct"/> is canceled; failures are logged and retried after a pause.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        long offset = 0;
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<JsonElement> updates;
            try
            {
                updates = await GetUpdatesAsync(offset, ct).ConfigureAwait(false);
            }
            catch (ChannelException e)
            {
                _log.Warning("Telegram commands: {Reason}; polling again shortly", e.Message);
                await Task.Delay(Pause * 5, clock, ct).ConfigureAwait(false);
                continue;
            }
            foreach (var update in updates)
            {
                offset = Math.Max(offset, update.GetProperty("update_id").GetInt64() + 1);
                await HandleAsync(update, ct).ConfigureAwait(false);
            }
            // Telegram holds the request open until an update comes; a server that answers at once must not make this spin.
            if (updates.Count == 0) await Task.Delay(Pause, clock, ct).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<JsonElement>> GetUpdatesAsync(long offset, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync(TelegramBotApi.Method(baseUrl, botToken, "getUpdates"),
                new Dictionary<string, object> { ["offset"] = offset, ["timeout"] = LongPollSeconds, ["allowed_updates"] = new[] { "message" } }, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ChannelException($"telegram could not be reached ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ChannelException("telegram did not answer in time");
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode) throw new ChannelException($"telegram answered HTTP {(int)response.StatusCode} to getUpdates");
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            return doc.RootElement.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Array
                ? result.EnumerateArray().Select(u => u.Clone()).ToList()
                : [];
        }
    }

    private async Task HandleAsync(JsonElement update, CancellationToken ct)
    {
        if (!update.TryGetProperty("message", out var message)
            || !message.TryGetProperty("chat", out var chat) || !chat.TryGetProperty("id", out var chatIdElement)
            || !message.TryGetProperty("text", out var textElement) || textElement.GetString() is not { } text)
        {
            return;
        }
        string chatId = chatIdElement.ValueKind == JsonValueKind.Number
            ? chatIdElement.GetInt64().ToString(CultureInfo.InvariantCulture)
            : chatIdElement.GetString() ?? "";
        if (!allowedChatIds.Contains(chatId))
        {
            _log.Warning("Ignored a Telegram message from chat {ChatId}: not in TELEGRAM_ALLOWED_CHAT_IDS", chatId);
            return;
        }
        string reply;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // "/pause@MyBot name" in groups: the command may carry the bot's name.
        string command = words.Length > 0 ? words[0].TrimStart('/').Split('@')[0].Replace('_', '-') : "";
        if (words.Length != 2 || !words[0].StartsWith('/') || ControlActions.Parse(command) is not { } action)
        {
            reply = $"Commands: {string.Join(", ", ControlActions.Names.Select(n => "/" + n.Replace('-', '_') + " NAME"))}";
        }
        else
        {
            try
            {
                string id = $"telegram:{update.GetProperty("update_id").GetInt64().ToString(CultureInfo.InvariantCulture)}";
                var issued = await desk.IssueAsync(words[1], action, id, $"telegram:{chatId}", ct).ConfigureAwait(false);
                _log.Information("Telegram chat {ChatId} issued {Action} to {Instance} (command {CommandId})", chatId, ControlActions.Name(action), words[1], issued.Id);
                reply = ControlText.Describe(await desk.WaitAsync(issued.Id, ResultWait, ct).ConfigureAwait(false) ?? issued);
            }
            catch (ConfigException e)
            {
                reply = e.Message;
            }
        }
        try
        {
            await JsonPost.SendAsync(http, "telegram", TelegramBotApi.Method(baseUrl, botToken, "sendMessage"),
                new Dictionary<string, object> { ["chat_id"] = chatId, ["text"] = reply }, ct).ConfigureAwait(false);
        }
        catch (ChannelException e)
        {
            _log.Warning("Could not answer Telegram chat {ChatId}: {Reason}", chatId, e.Message);
        }
    }
}
