using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Trader.Containers.Tests;

/// <summary>
/// What must hold for the Kubernetes manifests (kustomization.yaml and deploy/kubernetes/) against docker-compose.yml
/// and config/strategies/ in a repository folder; each broken rule is one problem line.
/// </summary>
public static partial class KubernetesChecks
{
    private const string StrategiesMount = "/app/config/strategies";

    public static IReadOnlyList<string> Problems(string root)
    {
        var problems = new List<string>();
        var k8s = KubernetesManifests.Load(root);
        var compose = ComposeFile.Load(Path.Combine(root, ComposeChecks.ComposeName));

        foreach (var file in k8s.ResourceFiles.Where(f => !File.Exists(Path.Combine(root, f))))
            problems.Add($"{KubernetesManifests.KustomizationName}: resource {file} does not exist");

        // The ConfigMap holds exactly the strategy YAMLs, as the compose services see them in ./config/strategies.
        var yamls = Directory.GetFiles(Path.Combine(root, "config", "strategies"))
            .Select(f => "config/strategies/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);
        if (!yamls.SequenceEqual(k8s.StrategyFiles.Order(StringComparer.Ordinal)))
            problems.Add($"{KubernetesManifests.KustomizationName}: ConfigMap {KubernetesManifests.StrategiesConfigMap} files [{string.Join(", ", k8s.StrategyFiles)}] must be every file in config/strategies/: [{string.Join(", ", yamls)}]");

        problems.AddRange(SecretProblems(k8s));
        problems.AddRange(ImageProblems(k8s));

        // One Deployment per compose trader service, running the same command; no Deployment without a service.
        var deployments = k8s.Resources.Where(r => r.Kind == "Deployment").ToList();
        var traders = ComposeChecks.Traders(compose).ToList();
        foreach (var trader in traders)
        {
            var matching = deployments.Where(d => d.Root.Text("spec", "template", "metadata", "labels", "app.kubernetes.io/instance") == trader.Name).ToList();
            if (matching.Count != 1) { problems.Add($"{trader.Name}: needs exactly one Deployment labelled app.kubernetes.io/instance: {trader.Name} (found {matching.Count})"); continue; }
            problems.AddRange(InstanceProblems(matching[0], trader, k8s));
        }
        foreach (var orphan in deployments.Where(d => traders.All(t => t.Name != d.Root.Text("spec", "template", "metadata", "labels", "app.kubernetes.io/instance"))))
            problems.Add($"{orphan.File}: Deployment {orphan.Name} runs no instance of {ComposeChecks.ComposeName}");

        problems.AddRange(BackfillerProblems(k8s, compose.Services["backfiller"]));
        return problems;
    }

    private static IEnumerable<string> InstanceProblems(KubernetesResource deployment, ComposeService trader, KubernetesManifests k8s)
    {
        var where = $"{deployment.File}: Deployment {deployment.Name}";
        if (deployment.Root.Text("spec", "replicas") != "1") yield return $"{where}: replicas must be 1 (two copies of one instance would both trade)";
        if (deployment.Root.Text("spec", "strategy", "type") != "Recreate") yield return $"{where}: strategy must be Recreate (a rolling update runs two copies at once)";
        if (deployment.Containers.Count != 1) { yield return $"{where}: must have one container"; yield break; }
        var container = deployment.Containers[0];
        if (!container.Words("command").SequenceEqual(trader.Entrypoint)) yield return $"{where}: command must be [{string.Join(", ", trader.Entrypoint)}] as in {ComposeChecks.ComposeName}";
        if (!container.Words("args").SequenceEqual(trader.Command)) yield return $"{where}: args must be [{string.Join(", ", trader.Command)}] as in {ComposeChecks.ComposeName}";
        var config = trader.Command[^1];
        if (!k8s.StrategyFiles.Contains(config)) yield return $"{where}: {config} is not in ConfigMap {KubernetesManifests.StrategiesConfigMap}";
        if (Env(container).GetValueOrDefault("TRADER_CONFIG") != config) yield return $"{where}: env TRADER_CONFIG must be {config}";
        if (!container.Words("livenessProbe", "exec", "command").SequenceEqual(["trader", "health", "--config", config]))
            yield return $"{where}: livenessProbe must run trader health --config {config}";
        if (!MountsStrategies(deployment)) yield return $"{where}: ConfigMap {KubernetesManifests.StrategiesConfigMap} must be mounted read-only at {StrategiesMount}";
        if (Millicores(container.Text("resources", "limits", "cpu")) != Millicores(trader.Scalar("deploy", "resources", "limits", "cpus"))
            || Mebibytes(container.Text("resources", "limits", "memory")) != Mebibytes(trader.Scalar("deploy", "resources", "limits", "memory")))
            yield return $"{where}: limits must be those of {ComposeChecks.ComposeName} (cpus {trader.Scalar("deploy", "resources", "limits", "cpus")}, memory {trader.Scalar("deploy", "resources", "limits", "memory")})";
    }

    // The compose backfiller loops with --every; Kubernetes schedules the same command without it as a CronJob.
    private static IEnumerable<string> BackfillerProblems(KubernetesManifests k8s, ComposeService backfiller)
    {
        var job = k8s.Resources.SingleOrDefault(r => r.Kind == "CronJob" && r.Name == "backfiller");
        if (job is null) { yield return "a CronJob backfiller is missing"; yield break; }
        var container = job.Containers.Single();
        var expected = new List<string>();
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < backfiller.Command.Count; i++)
        {
            if (backfiller.Command[i] == "--every") { i++; continue; }
            var variable = Substitution().Match(backfiller.Command[i]);
            if (variable.Success) defaults[variable.Groups[1].Value] = variable.Groups[2].Value;
            expected.Add(variable.Success ? $"$({variable.Groups[1].Value})" : backfiller.Command[i]);
        }
        if (!container.Words("command").SequenceEqual(backfiller.Entrypoint)) yield return $"{job.File}: CronJob backfiller: command must be [{string.Join(", ", backfiller.Entrypoint)}]";
        if (!container.Words("args").SequenceEqual(expected)) yield return $"{job.File}: CronJob backfiller: args must be [{string.Join(", ", expected)}] (the compose command without --every)";
        foreach (var (name, value) in defaults)
            if (Env(container).GetValueOrDefault(name) != value) yield return $"{job.File}: CronJob backfiller: env {name} must be {value}, the compose default";
        if (job.Root.Text("spec", "concurrencyPolicy") != "Forbid") yield return $"{job.File}: CronJob backfiller: concurrencyPolicy must be Forbid (one run at a time)";
        if (!MountsStrategies(job)) yield return $"{job.File}: CronJob backfiller: ConfigMap {KubernetesManifests.StrategiesConfigMap} must be mounted read-only at {StrategiesMount}";
    }

    // Secrets only by reference: no Secret with data, no generated Secret, no secret-looking env with a value.
    private static IEnumerable<string> SecretProblems(KubernetesManifests k8s)
    {
        if (k8s.Kustomization.At("secretGenerator") is not null) yield return $"{KubernetesManifests.KustomizationName}: secretGenerator puts secret values in the repository; create the Secrets by hand";
        foreach (var secret in k8s.Resources.Where(r => r.Kind == "Secret"))
            yield return $"{secret.File}: Secret {secret.Name} is in the repository; create it by hand";
        foreach (var resource in k8s.Resources)
            foreach (var container in resource.Containers)
                foreach (var env in container.Items("env"))
                    if (SecretName().IsMatch(env.Text("name") ?? "") && env.At("value") is not null)
                        yield return $"{resource.File}: {resource.Kind} {resource.Name}: env {env.Text("name")} has an inline value; take it from a Secret (valueFrom.secretKeyRef)";
    }

    // Every container of ours runs the one image and one of its apps (the Dockerfile holds every app under apps/).
    private static IEnumerable<string> ImageProblems(KubernetesManifests k8s)
    {
        var apps = Directory.GetDirectories(Repo.File("apps")).Select(d => Path.GetFileName(d).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in k8s.Resources)
            foreach (var container in resource.Containers.Where(c => c.Text("image") is not { } image || !image.StartsWith("postgres:", StringComparison.Ordinal)))
            {
                var where = $"{resource.File}: {resource.Kind} {resource.Name}";
                if (container.Text("image") != k8s.Image) yield return $"{where}: image must be {k8s.Image} (the kustomization's image, built from the Dockerfile)";
                if (container.Words("command") is not [var app, ..] || !apps.Contains(app))
                    yield return $"{where}: command must start with one of the image's apps ({string.Join(", ", apps.Order(StringComparer.Ordinal))})";
            }
    }

    private static bool MountsStrategies(KubernetesResource workload)
    {
        var volume = workload.PodSpec.Items("volumes").FirstOrDefault(v => v.Text("configMap", "name") == KubernetesManifests.StrategiesConfigMap)?.Text("name");
        return volume is not null && workload.Containers.Single().Items("volumeMounts")
            .Any(m => m.Text("name") == volume && m.Text("mountPath") == StrategiesMount && m.Text("readOnly") == "true");
    }

    private static Dictionary<string, string> Env(YamlNode container) =>
        container.Items("env").Where(e => e.At("value") is not null)
            .ToDictionary(e => e.Text("name") ?? "", e => e.Text("value") ?? "", StringComparer.Ordinal);

    // "0.5" (compose) and "500m" (Kubernetes) are both 500 millicores.
    private static int? Millicores(string? cpu) => cpu switch
    {
        null => null,
        _ when cpu.EndsWith('m') => int.Parse(cpu[..^1], CultureInfo.InvariantCulture),
        _ => (int)(decimal.Parse(cpu, CultureInfo.InvariantCulture) * 1000),
    };

    // "512m" (compose: megabytes of 1024 KiB) and "512Mi" (Kubernetes) are the same amount.
    private static int? Mebibytes(string? memory) => memory switch
    {
        null => null,
        _ when memory.EndsWith("Mi", StringComparison.Ordinal) => int.Parse(memory[..^2], CultureInfo.InvariantCulture),
        _ when memory.EndsWith('m') => int.Parse(memory[..^1], CultureInfo.InvariantCulture),
        _ => null,
    };

    [GeneratedRegex(@"^\$\{([A-Za-z_][A-Za-z0-9_]*):-([^}]*)\}$")]
    private static partial Regex Substitution();

    [GeneratedRegex("KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
