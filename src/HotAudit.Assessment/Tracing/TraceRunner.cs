using HotAudit.Ingestion;

namespace HotAudit.Assessment.Tracing;

/// <summary>
/// <c>hotaudit trace</c>: the chain of one patch, or of every patch one device touched. Exit 0 when every chain is
/// complete, 1 when a link is missing, 2 on bad input (unknown case folder, patch or device, unreadable file).
/// </summary>
public sealed class TraceRunner(TextWriter output, TextWriter errors)
{
    /// <summary>Traces <paramref name="patchId"/>, or else <paramref name="deviceId"/>, in the case; returns the exit code.</summary>
    public int Run(string caseDir, string? patchId, string? deviceId)
    {
        TracedCase traced;
        try
        {
            traced = CaseTracer.Read(caseDir, deviceId);
        }
        catch (CaseInputException e)
        {
            return Fail(e.Message);
        }
        foreach (var error in traced.Errors)
        {
            errors.WriteLine($"hotaudit: {error}: cannot be read; the trace lacks its rows");
        }
        var text = new TraceText(traced.Offset);
        bool complete;
        if (patchId is not null)
        {
            if (traced.Patches.FirstOrDefault(p => p.PatchId == patchId) is not { } patch)
            {
                return Fail($"{caseDir}: no patch '{patchId}' in the operation log, the manifests or the telemetry");
            }
            new PatchTraceWriter(output, text).Write(patch);
            complete = patch.Complete;
        }
        else
        {
            if (!traced.DeviceSeen)
            {
                return Fail($"{caseDir}: no device '{deviceId}' in the telemetry");
            }
            complete = new DeviceTraceWriter(output, text).Write(deviceId!, traced.DeviceEvents, traced.Patches).All(p => p.Complete);
        }
        return traced.Errors.Count > 0 ? ExitCodes.BadInput : complete ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private int Fail(string message)
    {
        errors.WriteLine($"hotaudit: {message}");
        return ExitCodes.BadInput;
    }
}
