namespace HotAudit.Core.Traceability;

/// <summary>What a device did with a patch, as counted on the trace.</summary>
internal enum TraceCategory
{
    Seen,
    Downloaded,
    Applied,
    AppliedInactive,
}
