using System.Runtime.InteropServices;

namespace HotAudit.Core.Engine;

/// <summary>
/// A block of native memory holding encoded records. Outside the GC's heap on purpose: hundreds of MiB of long-lived
/// chunks allocated on the large-object heap trigger full collections during the ingest, and freed ones go back to the
/// system at once instead of waiting for one. Freed on dispose, or by the finalizer if a store is never disposed.
/// </summary>
internal sealed unsafe class NativeChunk : SafeHandle
{
    /// <summary>Allocates <paramref name="length"/> bytes (not zeroed).</summary>
    public NativeChunk(int length)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        var memory = NativeMemory.Alloc((nuint)length);
        SetHandle((IntPtr)memory);
        Length = length;
        if (length >= PrefaultBytes)
        {
            PageTables.Prefault(memory, length);
        }
    }

    /// <summary>
    /// From this size on a chunk's pages are mapped when it is allocated, in one call, instead of one page fault per 4 KiB
    /// page as the encoder first writes them: on the virtual machines measured a fault cost ~13-24 µs, and the faults
    /// of the partitions' chunks were 5.5 % of the ingest's CPU (bench/RESULTS.md, round 9).
    /// </summary>
    internal const int PrefaultBytes = 64 * 1024;

    /// <summary>Bytes in the chunk.</summary>
    public int Length { get; }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>The chunk's bytes; valid until it is disposed.</summary>
    public Span<byte> Span => new((void*)handle, Length);

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        NativeMemory.Free((void*)handle);
        return true;
    }
}
