using System.Text.Json.Serialization;
using HotAudit.Ingestion.Live;

namespace HotAudit.Worker.Streams.Journal;

/// <summary>The 202 answer to a batch, kept in the journal so that a batch sent again with its idempotency key gets it again.</summary>
/// <param name="Batch">The batch's number in its stream.</param>
/// <param name="Accepted">Rows that passed the contract's checks (duplicates among them).</param>
/// <param name="Rejected">Rows that did not, with line and reason.</param>
/// <param name="Duplicates">Accepted rows already in the stream (or earlier in the batch): kept once.</param>
internal sealed record BatchAnswer(
    [property: JsonPropertyName("batch")] long Batch,
    [property: JsonPropertyName("accepted")] int Accepted,
    [property: JsonPropertyName("rejected")] IReadOnlyList<RejectedLine> Rejected,
    [property: JsonPropertyName("duplicates")] int Duplicates);

/// <summary>One rejected row of a batch as the answer shows it.</summary>
internal sealed record RejectedLine([property: JsonPropertyName("line")] int Line, [property: JsonPropertyName("reason")] string Reason)
{
    public static RejectedLine Of(LiveRejection r) => new(r.Line, r.Reason);
}
