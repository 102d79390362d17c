using HotAudit.Core.Contract;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Core.Traceability;
using HotAudit.Ingestion;

namespace HotAudit.Assessment.Tracing;

/// <summary>Reads a case and gathers its traces in one telemetry pass with no rules, only the <see cref="TraceObserver"/>.</summary>
internal static class CaseTracer
{
    /// <exception cref="CaseInputException">The case folder, its case file, mapping or attestations cannot be read.</exception>
    public static TracedCase Read(string caseDir, string? deviceId)
    {
        var manifest = CaseDiscovery.Discover(caseDir, null);
        var offset = manifest.Offset ?? HotAudit.Core.Time.Timestamps.DefaultOffset;
        var symbols = new SymbolTable();
        using var store = new PartitionStore(PartitionStore.LocalPartitions);
        var ingest = new CaseReader(symbols, offset).Read(manifest, store);
        var observer = new TraceObserver(deviceId);
        var outcome = Evaluation.Run(new EvaluationInput(symbols, ingest.FileNames, new LocalTelemetry(store), ingest.Operations, ingest.References, manifest.Directory,
            [], new Dictionary<string, string>(), 0, Environment.ProcessorCount, offset, 0, 0) { Observers = [observer] });
        var observed = (TracePartial)outcome.Observed[0];
        var patches = PatchTraceBuilder.Build(symbols, ingest.FileNames, outcome.OperationsByTime, ingest.References.Rows(InputKind.Patches), observed);
        return new TracedCase(patches, observed.DeviceEvents(symbols, ingest.FileNames), observed.DeviceSeen, offset, ingest.Errors);
    }
}
