using HotAudit.Core.Traceability;

namespace HotAudit.Cli.Tracing;

/// <summary>Writes a device's patch events in time order, then each patch it touched traced back to its publish and approver.</summary>
internal sealed class DeviceTraceWriter(TextWriter output, TraceText text)
{
    /// <summary>Writes the device's trace; returns the traces of its patches.</summary>
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
        var patches = all.Where(p => ids.Contains(p.PatchId)).ToList();
        output.WriteLine("patches");
        foreach (var p in patches)
        {
            output.WriteLine($"  {p.PatchId}  app {p.AppId ?? "?"} {p.AppVersion ?? "?"}");
            output.WriteLine($"    published by  {(p.Publish is { } pub ? text.Step(pub) : "MISSING publish")}");
            output.WriteLine($"    approved by   {(p.Approval is { } ap ? text.Step(ap) : "MISSING approval")}");
            output.WriteLine($"    {TraceText.Verdict(p)}");
        }
        if (patches.Count == 0)
        {
            output.WriteLine("  none");
        }
        var broken = patches.Count(p => !p.Complete);
        output.WriteLine(broken == 0
            ? $"result: chain complete for {patches.Count} patch(es)"
            : $"result: chain broken for {broken} of {patches.Count} patch(es)");
        return patches;
    }
}
