using System.Text.RegularExpressions;
using FluentAssertions;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;
using HotAudit.Testing;
using Xunit;

namespace HotAudit.Assessment.Tests.Telemetry;

/// <summary>Telemetry over the memory budget goes to disk, says so, and is judged exactly as telemetry held in memory.</summary>
public sealed partial class LocalTelemetryHostTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("hotaudit-spill-out-").FullName;

    [Fact]
    public async Task IngestAsync_BudgetOfNothing_ReportsTheBytesSpilled()
    {
        // Given
        using var host = new LocalTelemetryHost(2, new MemoryBudget(0));
        var progress = new Captured();

        // When
        await host.IngestAsync(new SymbolTable(), TimeSpan.FromHours(8), CaseDiscovery.Discover(InternalCase), progress, CancellationToken.None);

        // Then
        progress.Reports.Max(r => r.SpilledBytes).Should().BePositive();
    }

    [Fact]
    public async Task IngestAsync_CaseWithinTheBudget_NothingSpilled()
    {
        using var host = new LocalTelemetryHost(2, new MemoryBudget(256L << 20));
        var progress = new Captured();

        await host.IngestAsync(new SymbolTable(), TimeSpan.FromHours(8), CaseDiscovery.Discover(InternalCase), progress, CancellationToken.None);

        progress.Reports.Should().NotBeEmpty().And.OnlyContain(r => r.SpilledBytes == 0);
    }

    [Fact]
    public async Task RunAsync_TelemetrySpilledToDisk_SameFindingsAsHeldInMemory()
    {
        // Given: the conformance case assessed once within a budget and once with every chunk spilled
        var services = Services.For(TimeProvider.System);

        // When
        var inMemory = await Findings(services, "memory", () => new LocalTelemetryHost(2, new MemoryBudget(256L << 20)));
        var spilled = await Findings(services, "spilled", () => new LocalTelemetryHost(2, new MemoryBudget(0)));

        // Then
        spilled.Should().Be(inMemory);
    }

    private static string InternalCase => Path.Combine(RepoPaths.Conformance, "case-5", "internal-case");

    private async Task<string> Findings(AssessServices services, string name, Func<ITelemetryHost> host)
    {
        var folder = Path.Combine(_out, name);
        await new AssessRunner(services, TextWriter.Null, host).RunAsync(new AssessRequest
        {
            CaseDirectory = InternalCase, Out = folder, Formats = ["json"], RuleFolders = [RepoPaths.Rules],
        }, CancellationToken.None);
        return CreatedAt().Replace(File.ReadAllText(Path.Combine(folder, "findings.json")), "");
    }

    [GeneratedRegex("\"created_at\":\\s*\"[^\"]*\",?")]
    private static partial Regex CreatedAt();

    public void Dispose() => Directory.Delete(_out, true);

    private sealed class Captured : IProgress<IngestProgress>
    {
        public List<IngestProgress> Reports { get; } = [];

        public void Report(IngestProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }
}
