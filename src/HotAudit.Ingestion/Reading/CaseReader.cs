using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads every input of a case (DATA-CONTRACT.md): operation log first, then telemetry, then reference data. Telemetry
/// files are split into chunks (<see cref="ChunkPlanner"/>) read side by side, here or on a cluster; their accepted
/// rows go to the telemetry sink, the rest comes back in an <see cref="IngestResult"/>. A file that cannot be read is
/// reported as an error of the run and the other files are still read.
/// </summary>
public sealed class CaseReader
{
    private readonly SymbolTable _symbols;
    private readonly TimeSpan _offset;

    /// <summary>Creates a reader that interns values into <paramref name="symbols"/> and reads local times at <paramref name="offset"/>.</summary>
    public CaseReader(SymbolTable symbols, TimeSpan offset)
    {
        _symbols = symbols;
        _offset = offset;
    }

    /// <summary>Stored bytes per telemetry chunk (plain files larger than this are split; a compressed file is parsed in blocks of at most this many inflated bytes).</summary>
    public long ChunkBytes { get; init; } = ChunkPlanner.DefaultChunkBytes;

    /// <summary>How many telemetry chunks are read at once on this machine (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether <see cref="Read(CaseManifest, ITelemetrySink, IProgress{IngestProgress}?, CancellationToken)"/> streams each
    /// telemetry file of lines (default) rather than planning chunks first (<see cref="ChunkPlanner"/>, as a cluster does).
    /// </summary>
    internal bool Streamed { get; init; } = true;

    /// <summary>Reads the case described by <paramref name="manifest"/>, its telemetry into <paramref name="telemetry"/> on this machine.</summary>
    /// <exception cref="CaseInputException">The attestations file is malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public IngestResult Read(CaseManifest manifest, ITelemetrySink telemetry, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var read = Begin(manifest, telemetry, progress, ct);
        // On this machine a file of lines is streamed (read and hashed once, parsed in blocks on the other cores) from its
        // first byte: no planning pass that reads every plain file once before its chunks are read again. On one core
        // too: a block of a plain file without a quote is tokenized without CsvHelper (QuoteFreeCsv), ~35 % less CPU.
        var plan = Streamed ? read.WholeFiles() : read.Plan(ChunkBytes);
        var chunks = new LocalChunkSource(new TelemetryChunkReader(manifest, _symbols, _offset), read.State, Parallelism, ChunkBytes).ReadChunks(plan, ct);
        read.AddTelemetry(plan, chunks);
        return Finish(read);
    }

    /// <summary>Reads the case described by <paramref name="manifest"/>, its telemetry chunks by <paramref name="source"/> (e.g. a cluster).</summary>
    /// <exception cref="CaseInputException">The attestations file is malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public async Task<IngestResult> ReadAsync(CaseManifest manifest, ITelemetryChunkSource source, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var read = Begin(manifest, new DiscardTelemetry(), progress, ct);
        // The chunks are read elsewhere while this process hashes the files (the hashes are only needed for the reports).
        var (plan, hashes) = read.PlanHashingAside(ChunkBytes);
        var chunks = await source.ReadChunksAsync(plan, ct);
        read.AddTelemetry(plan with { Sha256 = await hashes }, chunks);
        return Finish(read);
    }

    /// <summary>
    /// Reads the operation log and reference data of the case, not its telemetry (whose files are listed with no rows):
    /// what a cluster's partition needs besides its own devices' records.
    /// </summary>
    /// <exception cref="CaseInputException">The attestations file is malformed.</exception>
    public IngestResult ReadWithoutTelemetry(CaseManifest manifest) => Finish(Begin(manifest, new DiscardTelemetry(), null, CancellationToken.None));

    /// <summary>The attestations and the operation log: what is read before the telemetry.</summary>
    private CaseRead Begin(CaseManifest manifest, ITelemetrySink telemetry, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var attestations = manifest.AttestationsFile is { } file
            ? AttestationsReader.Read(file) : new Dictionary<string, Attestation>();
        var inputs = CaseInput.All(manifest);
        var read = new CaseRead(manifest, inputs, new IngestState(telemetry, progress, inputs.Sum(i => i.Size), ct), attestations);
        var operations = new RowValidator(Schemas.Operations, _symbols, _offset);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Kind == InputKind.Operations)
            {
                read.Reports[i] = ReadFile(inputs[i], new EventLogSink(inputs[i].Name, i, InputKind.Operations, operations, read.State), read.State, manifest.Mapping);
            }
        }
        return read;
    }

    /// <summary>The reference data, after the telemetry; then the result.</summary>
    private IngestResult Finish(CaseRead read)
    {
        var (manifest, inputs, state) = (read.Manifest, read.Inputs, read.State);
        var tables = new ReferenceTables();
        var reports = new InputFileReport[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            reports[i] = read.Reports[i] ?? new InputFileReport(inputs[i].Name, inputs[i].Kind, TelemetryReports.FormatName(inputs[i], manifest.Mapping), string.Empty,
                0, 0, 0, null, null, string.Empty, null);
        }
        for (var i = 0; i < inputs.Count; i++)
        {
            if (!inputs[i].Kind.IsEventLog())
            {
                reports[i] = ReadFile(inputs[i], new ReferenceSink(inputs[i].Name, Schemas.For(inputs[i].Kind), _offset, tables.For(inputs[i].Kind), state),
                    state, manifest.Mapping);
            }
        }
        var references = new ReferenceData(tables.Build(), manifest.KeysDirectory, read.Attestations);
        var errors = reports.Where(r => r.Error is not null).Select(r => RunMessages.FileError.Format(r.Name, r.Error!)).ToList();
        var order = inputs.Select((input, i) => (input.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return new IngestResult([.. inputs.Select(i => i.Name)], [.. reports], state.Operations, references,
            [.. state.Rejections.OrderBy(r => order.GetValueOrDefault(r.File)).ThenBy(r => r.Line)],
            [.. state.Issues.OrderBy(r => order.GetValueOrDefault(r.File)).ThenBy(r => r.Line)], errors, state.Span.FirstTs, state.Span.LastTs);
    }

    private static InputFileReport ReadFile(CaseInput input, FileSink sink, IngestState state, CaseMapping? mapping)
    {
        var section = mapping?.For(input.Kind);
        string? error = null;
        try
        {
            InputFileReader.Read(input, sink, section);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = InputFileReader.Describe(input, e);
        }
        sink.Finish();
        state.FileDone(input.Size);
        sink.Progress(0);
        var t = sink.Tally;
        return new InputFileReport(input.Name, input.Kind, TelemetryReports.FormatName(input, mapping), sink.Encoding, t.Rows, t.Rejected, t.Duplicates,
            t.FirstTs, t.LastTs, sink.Sha256, error);
    }
}
