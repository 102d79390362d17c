using System.Text.Json;
using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Signing;

namespace HotAudit.Bench.Scenarios;

/// <summary>
/// What <c>hotaudit assess</c> said about one case's anomalies: every scored (app, app version, day) vector, whether
/// findings.json marks it flagged, and its feature values (to measure a strength a family did not state).
/// </summary>
internal sealed record AssessedCase(IReadOnlyDictionary<string, bool> Flagged, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double?>> Features)
{
    public static string Key(string app, string version, DateOnly day) => $"{app}|{version}|{day:yyyy-MM-dd}";

    /// <summary>
    /// Assesses the case in process as <c>hotaudit assess CASE --format json --fail-on none</c> would, with the rule
    /// parameters <paramref name="set"/> (RULE.param → value), and reads its findings.json.
    /// </summary>
    public static AssessedCase Run(string caseDir, IReadOnlyDictionary<string, string>? set = null)
    {
        var output = caseDir + "-out";
        var request = new AssessRequest
        {
            CaseDirectory = caseDir, Out = output, Formats = ["json"], FailOn = null, RuleFolders = [ShippedRules.Folder],
            Set = set ?? new Dictionary<string, string>(),
        };
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
        new AssessRunner(services, TextWriter.Null).RunAsync(request, CancellationToken.None).GetAwaiter().GetResult();
        using var findings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "findings.json")));
        var flagged = new Dictionary<string, bool>();
        var features = new Dictionary<string, IReadOnlyDictionary<string, double?>>();
        foreach (var a in findings.RootElement.GetProperty("anomalies").EnumerateArray())
        {
            var key = $"{a.GetProperty("app_id").GetString()}|{a.GetProperty("app_version").GetString()}|{a.GetProperty("day").GetString()}";
            flagged[key] = a.GetProperty("flagged").GetBoolean();
            features[key] = a.GetProperty("features").EnumerateObject().ToDictionary(
                p => p.Name, p => p.Value.GetProperty("value").ValueKind == JsonValueKind.Number ? p.Value.GetProperty("value").GetDouble() : (double?)null);
        }
        return new AssessedCase(flagged, features);
    }

    /// <summary>The feature that measures a kind's strength on its day.</summary>
    public static string FeatureOf(string kind) => kind switch
    {
        AnomalyKinds.PublishBurst => "publishes",
        AnomalyKinds.RollbackBurst => "rollbacks",
        AnomalyKinds.OperatorBurst => "operators",
        AnomalyKinds.SilentBackground => "background_apply_share",
        AnomalyKinds.FailureSpike => "failing_device_share",
        AnomalyKinds.HttpDowngrade => "http_check_share",
        AnomalyKinds.ApplyRateSpike => "applies_per_device",
        AnomalyKinds.NightApplies => "night_apply_share",
        _ => "verify_failed_share",
    };
}
