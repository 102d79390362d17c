namespace HotAudit.Ingestion;

/// <summary>Running counts of one file while it is read.</summary>
internal sealed class FileTally
{
    public long Rows { get; set; }

    public long Rejected { get; set; }

    public long Duplicates { get; set; }

    public long? FirstTs { get; private set; }

    public long? LastTs { get; private set; }

    /// <summary>Widens the span of accepted instants.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Saw(long ts)
    {
        FirstTs = FirstTs is { } f && f <= ts ? f : ts;
        LastTs = LastTs is { } l && l >= ts ? l : ts;
    }
}
