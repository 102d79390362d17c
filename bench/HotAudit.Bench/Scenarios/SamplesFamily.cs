using System.Text.Json;
using HotAudit.Samples;

namespace HotAudit.Bench.Scenarios;

/// <summary>
/// Family "samples": the <c>hotaudit samples</c> generator with a publish burst, a day of silent background applies, a
/// failure spike and an http downgrade injected (2,000 devices, 75 days). Its truth file names the days but not their strengths, so each
/// strength is NaN here and the benchmark measures it from the day's feature in findings.json.
/// </summary>
internal sealed class SamplesFamily : IScenarioFamily
{
    private const int Devices = 2000;
    private const int Days = 75;

    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["publish burst"] = AnomalyKinds.PublishBurst, ["a day of silent background applies"] = AnomalyKinds.SilentBackground,
        ["failure spike after a patch"] = AnomalyKinds.FailureSpike, ["http downgrade"] = AnomalyKinds.HttpDowngrade,
    };

    public string Name => "samples";

    public ScenarioTruth Write(string caseDir, int seed)
    {
        SampleCase.Write(new SampleOptions(caseDir, Devices, Days, seed, ["burst", "silent", "failure", "http"], false));
        using var truth = JsonDocument.Parse(File.ReadAllBytes(TruthFile.PathFor(caseDir)));
        var anomalies = truth.RootElement.GetProperty("anomaly_days").EnumerateArray().Select(e => new InjectedAnomaly(
            e.GetProperty("app_id").GetString()!, e.GetProperty("app_version").GetString()!, DateOnly.Parse(e.GetProperty("day").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            Kinds[e.GetProperty("kind").GetString()!], double.NaN)).ToList();
        return new ScenarioTruth(Name, seed, anomalies, []);
    }
}
