using HotAudit.Core.Traceability;

namespace HotAudit.Assessment.Tracing;

/// <summary>Writes a device's patch events in time order, then each patch it touched traced back to its publish and approver.</summary>
internal sealed class DeviceTraceWriter(TextWriter output, TraceText text)
{
    /// <summary>Writes the device's trace; returns the traces of its patches with the gaps that concern this device.</summary>
    public IReadOnlyList<PatchTrace> Write(string deviceId, IReadOnlyList<DeviceEvent> events, IReadOnlyList<PatchTrace> all)
    {
        var apps = events.Select(e => e.AppId).Distinct().Order(StringComparer.Ordinal);
        output.WriteLine($"device {deviceId}  app(s) {string.Join(", ", apps)}");
        output.WriteLine("events");
        foreach (var e in events)
        {
            output.WriteLine($"  {text.Time(e.Ts),-29}  {e.AppId} {e.AppVersion}  {e.Event,-17} {e.PatchId}  ({e.File}:{e.Line})");
        }
        if (events.Count == 0)
        {
            output.WriteLine("  no patch events");
        }
        var ids = events.Select(e => e.PatchId).ToHashSet(StringComparer.Ordinal);
        var patches = all.Where(p => ids.Contains(p.PatchId)).Select(p => (Trace: p, Late: InactiveApply(p, events))).ToList();
        output.WriteLine("patches");
        foreach (var (p, late) in patches)
        {
            output.WriteLine($"  {p.PatchId}  app {p.AppId ?? "?"} {p.AppVersion ?? "?"}");
            output.WriteLine($"    published by  {(p.Publish is { } pub ? text.Step(pub) : "MISSING publish")}");
            output.WriteLine($"    approved by   {(p.Approval is { } ap ? text.Step(ap) : "MISSING approval")}");
            output.WriteLine($"    {Verdict(p, late)}");
        }
        if (patches.Count == 0)
        {
            output.WriteLine("  none");
        }
        var mine = patches.Select(x => x.Trace with { Gaps = [.. GapsOfThisDevice(x.Trace, x.Late)] }).ToList();
        var broken = mine.Count(p => !p.Complete);
        output.WriteLine(broken == 0
            ? $"result: chain complete for {patches.Count} patch(es)"
            : $"result: chain broken for {broken} of {patches.Count} patch(es)");
        return mine;
    }

    /// <summary>
    /// The patch's verdict as it concerns this device: "applied while inactive" is a gap of this device's chain only when
    /// this device applied the patch outside its active windows (<paramref name="late"/>); that other devices did is said,
    /// not blamed on it.
    /// </summary>
    private string Verdict(PatchTrace p, DeviceEvent? late)
    {
        var gaps = GapsOfThisDevice(p, late).Select(g => g == TraceGap.AppliedWhileInactive
            ? $"this device applied it while inactive at {text.Time(late!.Ts)} ({late.File}:{late.Line})"
            : TraceText.Gap(g)).ToList();
        var others = p.Gaps.Contains(TraceGap.AppliedWhileInactive) && late is null
            ? $" (other devices applied it while inactive: {text.Tally(p.AppliedWhileInactive)}; not this one)"
            : "";
        return (gaps.Count == 0 ? "chain complete" : $"chain broken: {string.Join("; ", gaps)}") + others;
    }

    private static IEnumerable<TraceGap> GapsOfThisDevice(PatchTrace p, DeviceEvent? late) =>
        p.Gaps.Where(g => g != TraceGap.AppliedWhileInactive || late is not null);

    /// <summary>This device's first apply of the patch outside every active window (start inclusive, end exclusive, as the engine judges), or null.</summary>
    private static DeviceEvent? InactiveApply(PatchTrace p, IReadOnlyList<DeviceEvent> events) =>
        events.FirstOrDefault(e => e.PatchId == p.PatchId && e.Event == "apply_success" && p.ActiveWindows.Count > 0
            && !p.ActiveWindows.Any(w => w.From <= e.Ts && (w.Until is not { } until || e.Ts < until)));
}
