using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>One reading of a case in progress: its inputs, the shared state, and each input's report once it is read.</summary>
internal sealed class CaseRead(CaseManifest manifest, IReadOnlyList<CaseInput> inputs, IngestState state, IReadOnlyDictionary<string, Attestation> attestations)
{
    public CaseManifest Manifest { get; } = manifest;

    public IReadOnlyList<CaseInput> Inputs { get; } = inputs;

    public IngestState State { get; } = state;

    public IReadOnlyDictionary<string, Attestation> Attestations { get; } = attestations;

    /// <summary>Per input, in input order; null until the input is read.</summary>
    public InputFileReport?[] Reports { get; } = new InputFileReport?[inputs.Count];

    /// <summary>The telemetry files cut into chunks of about <paramref name="chunkBytes"/>.</summary>
    public ChunkPlan Plan(long chunkBytes) => ChunkPlanner.Plan(Inputs, chunkBytes, Environment.ProcessorCount);

    /// <summary>The chunks as <see cref="Plan"/> cuts them, the split files' SHA-256 computed aside while the chunks are read.</summary>
    public (ChunkPlan Plan, Task<IReadOnlyDictionary<int, string>> Hashes) PlanHashingAside(long chunkBytes) =>
        ChunkPlanner.PlanHashingAside(Inputs, chunkBytes, Environment.ProcessorCount);

    /// <summary>Every telemetry file as one whole chunk, with no pass over it (each is hashed while it is read).</summary>
    public ChunkPlan WholeFiles() => ChunkPlanner.Whole(Inputs);

    /// <summary>Adds the telemetry files' reports from their chunks' results.</summary>
    public void AddTelemetry(ChunkPlan plan, IReadOnlyList<ChunkResult> chunks)
    {
        foreach (var (i, report) in TelemetryReports.Assemble(Inputs, plan, chunks, State, Manifest.Mapping))
        {
            Reports[i] = report;
        }
    }
}
