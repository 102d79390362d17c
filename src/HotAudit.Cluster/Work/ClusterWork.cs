using System.Collections.Concurrent;
using HotAudit.Assessment;
using HotAudit.Cluster.Runs;
using HotAudit.Core.Engine;
using HotAudit.Core.Portable;
using HotAudit.Core.Symbols;
using HotAudit.Core.Traceability;
using HotAudit.Ingestion;

namespace HotAudit.Cluster.Work;

/// <summary>
/// What a silo of the cluster does for a run, with the engine of a local run: reads chunks with the contract's checks,
/// evaluates partitions with <see cref="Evaluation.RunPartition"/>, and coordinates with
/// <see cref="AssessRunner"/>. Grains only move data and recover from failures; every rule is evaluated here. Per run
/// and silo it keeps the opened case and the operation log and reference data.
/// </summary>
internal sealed class ClusterWork(AssessServices services)
{
    private readonly ConcurrentDictionary<string, Lazy<RunState>> _runs = new();
    private readonly CancellationTokenSource _runArrived = new();

    /// <summary>Cancelled when the first run of the cluster (not a <see cref="WarmUp"/>) reaches this silo.</summary>
    public CancellationToken RunArrived => _runArrived.Token;

    /// <summary>Reads one telemetry chunk and splits its accepted rows by partition (only <paramref name="only"/> when given).</summary>
    public ChunkOutput ReadChunk(RunRequest run, TelemetryChunk chunk, IReadOnlySet<int>? only)
    {
        Arrived(run);
        var session = State(run).Session;
        // A chunk's own symbols: its values are carried as text to the partitions, and its memory goes with it. Each
        // accepted row is encoded into its partition's batch as it is read (no row is kept).
        var symbols = new SymbolTable();
        var writer = new RecordBatchWriter(symbols, run.Partitions, only);
        var result = new TelemetryChunkReader(session.Manifest, symbols, session.Offset).Read(chunk, writer);
        var batches = writer.Finish();
        return new ChunkOutput(result, batches.ToDictionary(b => b.Key, b => b.Value.Batch), batches.ToDictionary(b => b.Key, b => b.Value.Count));
    }

    /// <summary>Evaluates one partition's record batches with every telemetry rule; returns its portable outcome.</summary>
    public byte[] EvaluatePartition(RunRequest run, PartitionPeriod period, IReadOnlyList<byte[]> batches)
    {
        Arrived(run);
        var state = State(run);
        var ingest = state.Context.Value;
        // The batches are decoded straight into the pass's buffers, which the silo keeps from partition to partition.
        var input = state.Session.Input(state.Symbols, ingest, new BatchedTelemetry(batches, state.Symbols, state.Buffers), new TraceObserver(),
            services.NewMonitor(null), services.Verifier, 1, period.From, period.Until);
        return Evaluation.RunPartition(input);
    }

    /// <summary>Runs the whole assessment as the run's coordinator, its telemetry in the cluster; writes the reports; returns the exit code.</summary>
    public async Task<int> CoordinateAsync(RunRequest run, IClusterRun cluster, TextWriter messages, CancellationToken ct)
    {
        Arrived(run);
        var options = AssessRequest.FromJson(run.Options);
        var marker = RunMarker.For(options);
        using var lease = await RunLease.AcquireAsync(marker.Folder, run.RunId, services.Time, () => marker.Finished(run.RunId) is not null, ct);
        if (lease is null)
        {
            // Another coordinator of this run wrote the reports: answer with what it said, write nothing.
            var (done, said) = marker.Finished(run.RunId)!.Value;
            messages.Write(said);
            return done;
        }
        if (marker.Finished(run.RunId) is { } finished)
        {
            messages.Write(finished.Messages);
            return finished.Exit;
        }
        var own = new StringWriter();
        var exit = await new AssessRunner(services, own, () => new ClusterTelemetryHost(cluster, run.ChunkBytes)).RunAsync(options, ct);
        marker.Record(run.RunId, exit, own.ToString());
        messages.Write(own.ToString());
        return exit;
    }

    /// <summary>Runs this silo keeps state of (tests).</summary>
    internal int RunsHeld => _runs.Count;

    private void Arrived(RunRequest run)
    {
        if (!_runArrived.IsCancellationRequested && !WarmUp.IsWarmUp(run.RunId))
        {
            _runArrived.Cancel();
        }
    }

    /// <summary>Drops what this silo keeps for a run (called when it ends).</summary>
    public void Forget(string runId) => _runs.TryRemove(runId, out _);

    private RunState State(RunRequest run) => _runs.GetOrAdd(run.RunId, _ => new Lazy<RunState>(() => RunState.Open(run))).Value;

    /// <summary>A run as one silo knows it: the opened case, the silo's symbols, and (read once, when a partition first needs it) the operation log and reference data.</summary>
    private sealed class RunState
    {
        private RunState(CaseSession session)
        {
            Session = session;
            Context = new Lazy<IngestResult>(() => new CaseReader(Symbols, session.Offset).ReadWithoutTelemetry(session.Manifest));
        }

        public CaseSession Session { get; }

        public SymbolTable Symbols { get; } = new();

        /// <summary>The telemetry pass's buffers, reused by this silo's partitions of the run.</summary>
        public EvaluationBuffers Buffers { get; } = new();

        public Lazy<IngestResult> Context { get; }

        public static RunState Open(RunRequest run) =>
            new(CaseSession.Open(AssessRequest.FromJson(run.Options), out var problems)
                ?? throw new InvalidOperationException($"run {run.RunId}: {string.Join("; ", problems)}"));
    }
}
