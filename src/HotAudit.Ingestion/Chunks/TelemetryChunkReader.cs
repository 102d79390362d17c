using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads one telemetry chunk of a case: validates its rows with the contract's checks and sends the accepted ones to a
/// telemetry sink. Thread-safe: chunks of the same case may be read side by side with one reader.
/// </summary>
public sealed class TelemetryChunkReader
{
    private readonly CaseManifest _manifest;
    private readonly IReadOnlyList<CaseInput> _inputs;
    private readonly RowValidator _validator;

    /// <summary>A reader of <paramref name="manifest"/>'s telemetry, interning into <paramref name="symbols"/>, local times at <paramref name="offset"/>.</summary>
    public TelemetryChunkReader(CaseManifest manifest, SymbolTable symbols, TimeSpan offset)
    {
        _manifest = manifest;
        _inputs = CaseInput.All(manifest);
        _validator = new RowValidator(Schemas.Telemetry, symbols, offset);
    }

    /// <summary>The case's input file names by index (relative to the case folder), as chunks refer to them.</summary>
    public IReadOnlyList<string> FileNames => [.. _inputs.Select(i => i.Name)];

    /// <summary>Reads <paramref name="chunk"/> into <paramref name="telemetry"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public ChunkResult Read(TelemetryChunk chunk, ITelemetrySink telemetry, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var input = _inputs[chunk.File];
        var state = new IngestState(telemetry, progress, input.Size, ct);
        return Read(chunk, state);
    }

    internal ChunkResult Read(TelemetryChunk chunk, IngestState state) =>
        Read(chunk.Id, chunk.File, state, chunk.Bytes(_inputs[chunk.File].Size), (input, sink, mapping) => InputFileReader.Read(input, sink, mapping, chunk));

    /// <summary>The input file <paramref name="file"/> (its index in the case's file list).</summary>
    internal CaseInput Input(int file) => _inputs[file];

    /// <summary>
    /// Reads part of file <paramref name="file"/> with <paramref name="read"/> into a sink of its own, as chunk
    /// <paramref name="id"/>; <paramref name="storedBytes"/> of the file count as done after it.
    /// </summary>
    internal ChunkResult Read(int id, int file, IngestState state, long storedBytes, Action<CaseInput, FileSink, KindMapping?> read)
    {
        var input = _inputs[file];
        var sink = new EventLogSink(input.Name, file, InputKind.Telemetry, _validator, state);
        string? error = null;
        try
        {
            read(input, sink, _manifest.Mapping?.For(InputKind.Telemetry));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = InputFileReader.Describe(input, e);
        }
        finally
        {
            // The rows accepted before an error stay, as they did when each went to the store at once.
            sink.FlushTelemetry();
        }
        state.FileDone(storedBytes);
        var t = sink.Tally;
        sink.Progress(0);
        return new ChunkResult(id, file, sink.Encoding, t.Rows, t.Rejected, t.FirstTs, t.LastTs,
            [.. state.Rejections], [.. state.Issues], sink.IssueCount, error, sink.Sha256);
    }
}
