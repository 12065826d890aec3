using System.Text.RegularExpressions;
using Trader.Domain;
using Trader.Hosting.Config;

namespace Trader.Containers.Tests;

/// <summary>
/// What must hold for docker-compose.yml and its loopback override in a repository folder; each broken rule is one
/// problem line. Shared by the test of the shipped files and the tests of scripts/add-instance.
/// </summary>
public static partial class ComposeChecks
{
    public const string ComposeName = "docker-compose.yml";
    public const string LoopbackName = "docker-compose.loopback.yml";
    public const string SwarmName = "docker-compose.swarm.yml";
    public const string AppsPlacement = "node.labels.trader.apps == true";

    /// <summary>Trader services: those whose entrypoint is the trader command alone (not a subcommand such as `trader notify`).</summary>
    public static IEnumerable<ComposeService> Traders(ComposeFile compose) =>
        compose.Services.Values.Where(s => s.Entrypoint is ["trader"]);

    public static IReadOnlyList<string> Problems(string root)
    {
        var problems = new List<string>();
        var compose = ComposeFile.Load(Path.Combine(root, ComposeName));
        var loopback = ComposeFile.Load(Path.Combine(root, LoopbackName));
        var swarm = ComposeFile.Load(Path.Combine(root, SwarmName));
        var envExample = File.ReadAllText(Path.Combine(root, ".env.example"));

        foreach (var file in new[] { compose, loopback, swarm })
        {
            if (file.TopLevelKeys.Contains("name")) problems.Add($"{file.Path}: top-level 'name:' is not understood by Compose v1");
            foreach (Match m in Substitution().Matches(file.Text))
            {
                var variable = m.Groups[1].Value;
                if (!Documented(envExample, variable)) problems.Add($"{file.Path}: ${{{variable}}} is not documented in .env.example");
                if (Secret().IsMatch(variable)) problems.Add($"{file.Path}: ${{{variable}}} inlines a secret into the compose config; leave it to env_file .env");
            }
            foreach (var service in file.Services.Values)
            {
                foreach (var (key, value) in service.Environment)
                {
                    if (!Documented(envExample, key)) problems.Add($"{file.Path}: {service.Name}: environment {key} is not documented in .env.example");
                    if (Secret().IsMatch(key) && value.Length > 0) problems.Add($"{file.Path}: {service.Name}: {key} is inlined; secrets belong in .env");
                }
            }
        }

        foreach (var service in compose.Services.Values)
        {
            if (service.Scalar("env_file") != ".env") problems.Add($"{service.Name}: env_file must be .env (keys and settings come from there)");
            foreach (var volume in service.Volumes)
            {
                var host = volume.Split(':')[0];
                if (!envExample.Contains(host, StringComparison.Ordinal)) problems.Add($"{service.Name}: volume {host} is not documented in .env.example");
            }
            if (!loopback.Services.TryGetValue(service.Name, out var local) || local.Scalar("network_mode") != "host")
                problems.Add($"{service.Name}: missing from {LoopbackName} with network_mode: host");
            else if (!local.Environment.GetValueOrDefault("BINANCE_BASE_URL", "").StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
                problems.Add($"{service.Name}: {LoopbackName} must point BINANCE_BASE_URL at the simulator on http://127.0.0.1:PORT");
        }
        foreach (var name in loopback.Services.Keys.Except(compose.Services.Keys))
            problems.Add($"{LoopbackName}: service {name} is not in {ComposeName}");
        foreach (var name in swarm.Services.Keys.Except(compose.Services.Keys))
            problems.Add($"{SwarmName}: service {name} is not in {ComposeName}");

        foreach (var trader in Traders(compose))
        {
            if (trader.Command is not ["--config", var config]) { problems.Add($"{trader.Name}: command must be [--config, FILE]"); continue; }
            var file = Path.Combine(root, config);
            if (!File.Exists(file)) { problems.Add($"{trader.Name}: {config} does not exist"); continue; }
            try
            {
                ConfigLoader.Load(file);
            }
            catch (ConfigException e)
            {
                problems.Add($"{trader.Name}: {config} does not validate: {e.Message}");
            }
            if (trader.Environment.GetValueOrDefault("TRADER_CONFIG") != config)
                problems.Add($"{trader.Name}: TRADER_CONFIG (read by the healthcheck) must be {config}");
            if (trader.HealthcheckTest is not { } test || !test.Contains("trader health --config", StringComparison.Ordinal))
                problems.Add($"{trader.Name}: healthcheck must run trader health --config");
            if (!trader.Volumes.Contains("./config:/app/config:ro")) problems.Add($"{trader.Name}: ./config must be mounted read-only at /app/config");
            if (trader.Scalar("restart") != "unless-stopped") problems.Add($"{trader.Name}: restart must be unless-stopped");
            if (trader.Keys.GetValueOrDefault("deploy").Words("placement", "constraints") is not [AppsPlacement])
                problems.Add($"{trader.Name}: deploy.placement.constraints must be [{AppsPlacement}] (where a Swarm runs instances)");
            // deploy.resources, not cpus/mem_limit: `docker stack deploy` refuses those, and Compose reads both.
            if (trader.Scalar("deploy", "resources", "limits", "cpus") != "0.5" || trader.Scalar("deploy", "resources", "limits", "memory") != "512m")
                problems.Add($"{trader.Name}: limits must be deploy.resources.limits cpus 0.5, memory 512m");
        }
        return problems;
    }

    // A variable counts as documented when .env.example assigns it, or shows it commented out.
    private static bool Documented(string envExample, string variable) =>
        Regex.IsMatch(envExample, $@"^#?\s*{Regex.Escape(variable)}=", RegexOptions.Multiline);

    [GeneratedRegex(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Substitution();

    [GeneratedRegex("KEY|SECRET|PASSWORD|TOKEN", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
