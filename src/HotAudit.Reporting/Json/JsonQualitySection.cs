using System.Text.Json;
using HotAudit.Core.Contract;
using HotAudit.Core.Quality;
using HotAudit.Core.Time;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>data_quality</c> object: totals, per-file reports, rejected rows and other issues.</summary>
internal static class JsonQualitySection
{
    public static void Write(Utf8JsonWriter w, DataQualityReport q, TimeSpan offset)
    {
        w.WriteStartObject("data_quality");
        w.WriteNumber("rows_read", q.RowsRead);
        w.WriteNumber("rejected", q.RowsRejected);
        w.WriteNumber("duplicates", q.Duplicates);
        w.WriteStartArray("files");
        foreach (var f in q.Files)
        {
            WriteFile(w, f, offset);
        }
        w.WriteEndArray();
        WriteRejections(w, q.Rejections);
        WriteIssues(w, q.Issues);
        w.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter w, InputFileReport f, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteString("file", f.Name);
        w.WriteString("kind", f.Kind.Prefix());
        w.WriteString("format", f.Format);
        w.WriteString("encoding", f.Encoding);
        w.WriteNumber("rows", f.Rows);
        w.WriteNumber("rejected", f.Rejected);
        w.WriteNumber("duplicates", f.Duplicates);
        w.StringOrNull("first_ts", f.FirstTs is { } first ? Timestamps.Format(first, offset) : null);
        w.StringOrNull("last_ts", f.LastTs is { } last ? Timestamps.Format(last, offset) : null);
        w.WriteString("sha256", f.Sha256);
        w.StringOrNull("error", f.Error);
        w.WriteEndObject();
    }

    private static void WriteRejections(Utf8JsonWriter w, IReadOnlyList<Rejection> rejections)
    {
        w.WriteStartArray("rejections");
        foreach (var r in rejections)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            w.WriteNumber("line", r.Line);
            w.WriteString("field", r.Field);
            w.WriteString("reason", r.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteIssues(Utf8JsonWriter w, IReadOnlyList<DataQualityIssue> issues)
    {
        w.WriteStartArray("issues");
        foreach (var i in issues)
        {
            w.WriteStartObject();
            w.WriteString("file", i.File);
            w.WriteNumber("line", i.Line);
            w.WriteString("field", i.Field);
            w.WriteString("message", i.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
