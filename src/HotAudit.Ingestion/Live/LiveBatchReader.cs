using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Live;

/// <summary>
/// Reads a batch posted to the worker's ingest API exactly as a file of the case would be read: the body, saved as a
/// file named like the kind (<c>telemetry.csv</c>, <c>operations.jsonl</c>), goes through the same format reader,
/// encoding and delimiter detection, header aliases, mapping, line limit and row checks as any input.
/// </summary>
/// <param name="manifest">The stream's reference case (its mapping and read limits apply).</param>
/// <param name="offset">The offset of local times (the case's <c>tz</c>).</param>
public sealed class LiveBatchReader(CaseManifest manifest, TimeSpan offset)
{
    /// <summary>Reads the body saved at <paramref name="path"/> as an input of <paramref name="kind"/>.</summary>
    /// <param name="path">The saved body; its name says the layout (<c>.csv</c> or <c>.jsonl</c>).</param>
    /// <param name="kind">Telemetry or operation log.</param>
    public LiveBatch Read(string path, InputKind kind)
    {
        if (!kind.IsEventLog())
        {
            throw new ArgumentException($"{kind} is not an event log", nameof(kind));
        }
        var schema = Schemas.For(kind);
        var state = new IngestState(new DiscardTelemetry(), null, 0, CancellationToken.None);
        var sink = new LiveBatchSink(schema, new RowValidator(schema, new SymbolTable(), offset), state);
        var input = new CaseInput(kind, path, Path.GetFileName(path), InputFormat.Of(path), new FileInfo(path).Length) { Limits = manifest.Limits };
        string? error = null;
        try
        {
            InputFileReader.Read(input, sink, manifest.Mapping?.For(kind));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = InputFileReader.Describe(input, e);
        }
        return new LiveBatch(sink.Accepted, [.. sink.Rejections.OrderBy(r => r.Line)], error);
    }
}
