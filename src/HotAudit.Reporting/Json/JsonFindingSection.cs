using System.Text.Json;
using HotAudit.Core.Findings;
using HotAudit.Core.Time;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>findings</c> and <c>resolved</c> arrays.</summary>
internal static class JsonFindingSection
{
    private static readonly string[] EvidenceKeys = ["file", "line", "ts"];

    public static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings, TimeSpan offset)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            WriteFinding(w, f, offset);
        }
        w.WriteEndArray();
    }

    public static void WriteResolved(Utf8JsonWriter w, IReadOnlyList<Finding> resolved)
    {
        w.WriteStartArray("resolved");
        foreach (var f in resolved)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("rule_id", f.Rule.Id);
            WriteSubject(w, f);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("rule_id", f.Rule.Id);
        w.Localized("title", f.Rule.Title);
        w.Strings("clauses", f.Rule.Clauses);
        w.WriteString("basis", Names.Of(f.Rule.Basis));
        w.WriteString("severity", Names.Of(f.Rule.Severity));
        WriteSubject(w, f);
        w.WriteNumber("count", f.Count);
        WriteTime(w, "first_seen", f.FirstSeen, offset);
        WriteTime(w, "last_seen", f.LastSeen, offset);
        w.WriteBoolean("in_scope", f.InScope);
        if (f.Note is not null)
        {
            w.WriteString("note", f.Note);
        }
        WriteEvidence(w, f.Evidence, offset);
        w.WriteBoolean("waived", f.Waived);
        WriteWaiver(w, f.Waiver, offset);
        if (f.Change is { } change)
        {
            w.WriteString("change", Names.Of(change));
        }
        w.WriteString("remediation", f.Rule.Remediation);
        WriteComputation(w, f.Computation);
        w.WriteEndObject();
    }

    /// <summary>Added in 1.x, after every v1 field: how a threshold rule's finding was computed.</summary>
    private static void WriteComputation(Utf8JsonWriter w, Computation? c)
    {
        if (c is null)
        {
            return;
        }
        w.WriteNumber("measure", Math.Round(c.Measure, 6));
        w.WriteNumber("base", Math.Round(c.Base, 6));
        w.WriteNumber("threshold", Math.Round(c.Threshold, 6));
        w.WriteString("unit", c.Unit);
    }

    /// <summary>Exactly the rule's subject keys, in the rule's order; a key the finding lacks is null.</summary>
    private static void WriteSubject(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject("subject");
        foreach (var key in f.Rule.Subject.Select(s => s.Name))
        {
            var value = f.Subject.FirstOrDefault(s => s.Key == key)?.Value;
            w.StringOrNull(key, value);
        }
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, IReadOnlyList<Evidence> evidence, TimeSpan offset)
    {
        w.WriteStartArray("evidence");
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("file", e.File);
            w.WriteNumber("line", e.Line);
            WriteTime(w, "ts", e.Ts, offset);
            var seen = new HashSet<string>(EvidenceKeys, StringComparer.Ordinal);
            foreach (var (key, value) in e.Fields)
            {
                // A field named like a fixed key (or repeated) would make a duplicate JSON property: keep it, renamed.
                var name = key;
                while (!seen.Add(name))
                {
                    name = "field_" + name;
                }
                w.WriteString(name, value);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteWaiver(Utf8JsonWriter w, AppliedWaiver? waiver, TimeSpan offset)
    {
        if (waiver is null)
        {
            return;
        }
        w.WriteStartObject("waiver");
        w.WriteString("justification", waiver.Justification);
        w.StringOrNull("approved_by", waiver.ApprovedBy);
        w.WriteString("expires", Timestamps.Format(waiver.Expires.UtcTicks, offset));
        w.WriteEndObject();
    }

    /// <summary>An instant in the case's offset, or null when the row has none (reference data).</summary>
    private static void WriteTime(Utf8JsonWriter w, string name, long? utcTicks, TimeSpan offset)
    {
        if (utcTicks is { } t)
        {
            w.WriteString(name, Timestamps.Format(t, offset));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
