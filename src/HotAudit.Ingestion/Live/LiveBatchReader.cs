using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Live;

/// <summary>
/// Reads a batch posted to the worker's ingest API exactly as a file of the case would be read: the body, held in memory
/// and read as a file named like the kind (<c>telemetry.csv</c>, <c>operations.jsonl</c>), goes through the same format
/// reader, encoding and delimiter detection, header aliases, mapping, line limit and row checks as any input.
/// </summary>
/// <param name="manifest">The stream's reference case (its mapping and read limits apply).</param>
/// <param name="offset">The offset of local times (the case's <c>tz</c>).</param>
public sealed class LiveBatchReader(CaseManifest manifest, TimeSpan offset)
{
    /// <summary>Reads <paramref name="body"/> (decompressed; in UTF-8, a byte order mark first, or as sent) as an input of <paramref name="kind"/>.</summary>
    /// <param name="body">The body's bytes; only read during the call (the accepted rows are copies).</param>
    /// <param name="extension">The layout, as a file's extension: <c>.csv</c> (delimited, header first) or <c>.jsonl</c>.</param>
    /// <param name="kind">Telemetry or operation log.</param>
    public LiveBatch Read(ArraySegment<byte> body, string extension, InputKind kind)
    {
        if (!kind.IsEventLog())
        {
            throw new ArgumentException($"{kind} is not an event log", nameof(kind));
        }
        var name = kind.Prefix() + extension;
        var format = InputFormat.Of(name);
        if (format.Gzip || format.Layout is not (InputLayout.Delimited or InputLayout.JsonLines))
        {
            throw new ArgumentException($"'{extension}' is not .csv or .jsonl", nameof(extension));
        }
        var schema = Schemas.For(kind);
        var state = new IngestState(new DiscardTelemetry(), null, 0, CancellationToken.None);
        var sink = new LiveBatchSink(schema, new RowValidator(schema, new SymbolTable(), offset), state);
        var input = new CaseInput(kind, name, name, format, body.Count) { Limits = manifest.Limits };
        string? error = null;
        try
        {
            InputFileReader.ReadBuffer(input, sink, manifest.Mapping?.For(kind), body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = InputFileReader.Describe(input, e);
        }
        return new LiveBatch(sink.Accepted, [.. sink.Rejections.OrderBy(r => r.Line)], error);
    }
}
