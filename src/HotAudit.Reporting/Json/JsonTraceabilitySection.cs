using System.Text.Json;
using HotAudit.Core.Time;
using HotAudit.Core.Traceability;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>traceability</c> array: per patch the chain's links, every step, active windows, devices and gaps.</summary>
internal static class JsonTraceabilitySection
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<PatchTrace> traces, TimeSpan offset)
    {
        w.WriteStartArray("traceability");
        foreach (var t in traces)
        {
            w.WriteStartObject();
            w.StringOrNull("app_id", t.AppId);
            w.StringOrNull("app_version", t.AppVersion);
            w.WriteString("patch_id", t.PatchId);
            w.WriteBoolean("complete", t.Complete);
            w.Strings("gaps", t.Gaps.Select(TraceGapText.Code));
            Step(w, "upload", t.Upload, offset);
            Step(w, "review", t.Review, offset);
            Step(w, "approval", t.Approval, offset);
            Step(w, "publish", t.Publish, offset);
            w.WriteStartArray("steps");
            foreach (var s in t.Steps)
            {
                StepObject(w, s, offset);
            }
            w.WriteEndArray();
            Windows(w, t.ActiveWindows, offset);
            Tally(w, "reported", t.Seen, offset);
            Tally(w, "downloaded", t.Downloaded, offset);
            Tally(w, "applied", t.Applied, offset);
            Tally(w, "applied_while_inactive", t.AppliedWhileInactive, offset);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Step(Utf8JsonWriter w, string name, TraceStep? step, TimeSpan offset)
    {
        w.WritePropertyName(name);
        if (step is null)
        {
            w.WriteNullValue();
            return;
        }
        StepObject(w, step, offset);
    }

    private static void StepObject(Utf8JsonWriter w, TraceStep s, TimeSpan offset)
    {
        w.WriteStartObject();
        w.WriteString("action", s.Action);
        w.StringOrNull("operator", s.Operator);
        w.WriteString("ts", Timestamps.Format(s.Ts, offset));
        w.StringOrNull("result", s.Result);
        w.StringOrNull("approval_id", s.ApprovalId);
        w.StringOrNull("distribution", s.Distribution);
        w.WriteString("file", s.File);
        w.WriteNumber("line", s.Line);
        w.WriteEndObject();
    }

    private static void Windows(Utf8JsonWriter w, IReadOnlyList<ActiveWindow> windows, TimeSpan offset)
    {
        w.WriteStartArray("active_windows");
        foreach (var a in windows)
        {
            w.WriteStartObject();
            w.WriteString("from", Timestamps.Format(a.From, offset));
            w.StringOrNull("until", a.Until is { } u ? Timestamps.Format(u, offset) : null);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Tally(Utf8JsonWriter w, string name, DeviceTally t, TimeSpan offset)
    {
        w.WriteStartObject(name);
        w.WriteNumber("devices", t.Devices);
        w.StringOrNull("first", t.First is { } f ? Timestamps.Format(f, offset) : null);
        w.StringOrNull("last", t.Last is { } l ? Timestamps.Format(l, offset) : null);
        w.WriteEndObject();
    }
}
