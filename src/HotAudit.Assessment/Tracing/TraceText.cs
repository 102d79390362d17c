using HotAudit.Core.Time;
using HotAudit.Core.Traceability;

namespace HotAudit.Assessment.Tracing;

/// <summary>The pieces of a trace as plain text: times in the case's offset, steps, device counts, gaps.</summary>
internal sealed class TraceText(TimeSpan offset)
{
    public string Time(long utcTicks) => Timestamps.Format(utcTicks, offset);

    /// <summary>A step: when, who, result, distribution, approval id, where it is written.</summary>
    public string Step(TraceStep s)
    {
        var parts = new List<string> { Time(s.Ts), $"by {s.Operator ?? "(no operator)"}" };
        parts.AddRange(new[] { s.Result, s.Distribution }.OfType<string>());
        if (s.ApprovalId is { } id)
        {
            parts.Add($"approval {id}");
        }
        parts.Add($"({s.File}:{s.Line})");
        return string.Join("  ", parts);
    }

    public string Window(ActiveWindow w) => $"{Time(w.From)} .. {(w.Until is { } u ? Time(u) : "still active")}";

    public string Tally(DeviceTally t) => t.Devices == 0
        ? "0 devices"
        : $"{t.Devices} device(s), first {Time(t.First!.Value)}, last {Time(t.Last!.Value)}";

    public static string Gap(TraceGap gap) => TraceGapText.Words(gap).En;

    public static string Verdict(PatchTrace t) => t.Complete
        ? "chain complete"
        : $"chain broken: {string.Join("; ", t.Gaps.Select(Gap))}";
}
