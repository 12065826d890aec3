namespace Trader.Database.Stores.Sql;

/// <summary>The <c>exchange_request_stats</c> and <c>exchange_rate_budget</c> statements, the same text on SQLite and PostgreSQL.</summary>
internal static class ExchangeStatsSql
{
    public const string AddCalls =
        """
        INSERT INTO exchange_request_stats (instance, method, requests, errors, seconds, updated_ms)
        VALUES (@Instance, @Method, @Requests, @Errors, @Seconds, @NowMs)
        ON CONFLICT (instance, method) DO UPDATE SET requests = exchange_request_stats.requests + excluded.requests,
            errors = exchange_request_stats.errors + excluded.errors, seconds = exchange_request_stats.seconds + excluded.seconds,
            updated_ms = excluded.updated_ms
        """;

    public const string SetBudget =
        """
        INSERT INTO exchange_rate_budget (instance, used, budget, updated_ms) VALUES (@Instance, @Used, @Budget, @NowMs)
        ON CONFLICT (instance) DO UPDATE SET used = excluded.used, budget = excluded.budget, updated_ms = excluded.updated_ms
        """;

    public const string ListCalls =
        "SELECT instance AS Instance, method AS Method, requests AS Requests, errors AS Errors, seconds AS Seconds FROM exchange_request_stats ORDER BY instance, method";

    public const string ListBudgets =
        "SELECT instance AS Instance, used AS Used, budget AS Budget, updated_ms AS UpdatedMs FROM exchange_rate_budget ORDER BY instance";
}
