using System.Text.Json;
using HotAudit.Core.Clauses;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>clauses</c> array: one object per clause of the catalog, in catalog order.</summary>
internal static class JsonClauseSection
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<ClauseResult> clauses)
    {
        w.WriteStartArray("clauses");
        foreach (var c in clauses)
        {
            WriteClause(w, c);
        }
        w.WriteEndArray();
    }

    private static void WriteClause(Utf8JsonWriter w, ClauseResult c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Clause.Id);
        w.Localized("title", c.Clause.Title);
        w.WriteString("strength", Names.Of(c.Clause.Strength));
        w.WriteString("verdict", c.Verdict.Name());
        w.WriteNumber("findings", c.Findings.Count);
        w.WriteNumber("observations", c.Observations.Count);
        w.Strings("rules", c.Rules);
        w.WriteString("reason", c.Reason);
        if (c.Attestation is { } a)
        {
            w.WriteStartObject("attestation");
            w.WriteString("status", a.Status.Name());
            w.StringOrNull("evidence", a.Evidence);
            w.StringOrNull("assessor", a.Assessor);
            w.StringOrNull("date", a.Date);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
