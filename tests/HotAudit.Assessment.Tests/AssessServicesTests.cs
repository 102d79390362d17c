using System.Text.Json;
using FluentAssertions;
using HotAudit.Anomalies;
using HotAudit.Anomalies.Memory;
using HotAudit.Core.Data;
using HotAudit.Core.Signing;
using HotAudit.Signing;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>The runner uses the clock, verifier and monitor its composition root hands it, and makes none of its own.</summary>
public sealed class AssessServicesTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("hotaudit-services-").FullName;

    [Fact]
    public async Task RunAsync_FakeClock_ReportCreatedAtIsItsTime()
    {
        // Given: a clock stopped at 2030-01-02 03:04:05 UTC
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));

        // When: the quickstart is assessed with it
        await new AssessRunner(Services.For(clock), TextWriter.Null).RunAsync(Quickstart(), CancellationToken.None);

        // Then: findings.json says it was made then (in the case's +08:00)
        CreatedAt().Should().Be("2030-01-02T11:04:05+08:00");
    }

    [Fact]
    public async Task RunAsync_GivenVerifierAndMonitor_UsedForThePatchesAndOncePerRun()
    {
        // Given: a verifier that counts the manifests it checks, and a monitor factory that counts its monitors
        var verifier = new CountingVerifier();
        var monitors = new System.Collections.Concurrent.ConcurrentQueue<MonitorMemory?>();
        var services = new AssessServices(TimeProvider.System, verifier, kept =>
        {
            monitors.Enqueue(kept);
            return new AnomalyMonitor(kept);
        });

        // When
        await new AssessRunner(services, TextWriter.Null).RunAsync(Case(Path.Combine(RepoPaths.Conformance, "case-5", "internal-case")), CancellationToken.None);

        // Then: the patches of a case with keys went through it, and one monitor judged the run
        verifier.Checked.Should().BeGreaterThan(0);
        monitors.Should().Equal([null]);
    }

    private AssessRequest Quickstart() => Case(Path.Combine(RepoPaths.Samples, "quickstart"));

    private AssessRequest Case(string folder) => new()
    {
        CaseDirectory = folder, Out = _out, Formats = ["json"], RuleFolders = [RepoPaths.Rules],
    };

    private string CreatedAt()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "findings.json")));
        return json.RootElement.EnumerateObject().Select(FindCreatedAt).First(v => v is not null)!;
    }

    private static string? FindCreatedAt(JsonProperty p) =>
        p.Name == "created_at" ? p.Value.GetString()
        : p.Value.ValueKind == JsonValueKind.Object ? p.Value.EnumerateObject().Select(FindCreatedAt).FirstOrDefault(v => v is not null)
        : null;

    public void Dispose() => Directory.Delete(_out, true);

    private sealed class CountingVerifier : IPatchSignatureVerifier
    {
        private readonly PatchSignatureVerifier _real = new();

        private int _checked;

        public int Checked => _checked;

        public SignatureCheck Check(ReferenceRow manifest, string? publishAlgorithm, string caseDirectory, string keysDirectory)
        {
            Interlocked.Increment(ref _checked);
            return _real.Check(manifest, publishAlgorithm, caseDirectory, keysDirectory);
        }
    }
}
