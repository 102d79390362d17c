using System.Text.Json;
using HotAudit.Anomalies;
using HotAudit.Signing;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// A case folder a test writes, assessed as `hotaudit assess` would (every shipped pack, the anomaly monitor, json),
/// and its findings.json read back. Both folders are removed on dispose.
/// </summary>
internal sealed class MonitorCase : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("hotaudit-monitor-out-").FullName;

    /// <summary>The case folder.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("hotaudit-monitor-case-").FullName;

    /// <summary>A local time as the tests' CSV rows write it.</summary>
    public static string At(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes a file of the case.</summary>
    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Folder, name), text);

    /// <summary>Assesses the case; the root of its findings.json.</summary>
    public async Task<JsonElement> AssessAsync()
    {
        var services = new AssessServices(TimeProvider.System, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
        await new AssessRunner(services, TextWriter.Null).RunAsync(new AssessRequest
        {
            CaseDirectory = Folder, Out = _out, Formats = ["json"], RuleFolders = [RepoPaths.Rules],
        }, CancellationToken.None);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "findings.json")));
        return json.RootElement.Clone();
    }

    /// <summary>Assesses the case; its scored days by (app version, day).</summary>
    public async Task<Dictionary<(string? Version, string? Day), JsonElement>> AnomaliesAsync() =>
        (await AssessAsync()).GetProperty("anomalies").EnumerateArray()
            .ToDictionary(a => (a.GetProperty("app_version").GetString(), a.GetProperty("day").GetString()));

    public void Dispose()
    {
        Directory.Delete(Folder, true);
        Directory.Delete(_out, true);
    }
}
