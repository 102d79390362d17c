using System.Runtime.InteropServices;

namespace HotAudit.Core.Engine;

/// <summary>Asks the kernel to map fresh memory's pages at once (Linux <c>madvise(MADV_POPULATE_WRITE)</c>, 5.14 and later).</summary>
internal static unsafe partial class PageTables
{
    private const int PopulateWrite = 23;
    private static volatile bool _unsupported = !OperatingSystem.IsLinux();

    /// <summary>
    /// Maps the whole pages within <paramref name="length"/> bytes at <paramref name="memory"/> for writing, so that the
    /// first writes to them do not fault one page at a time. Where the call is not supported nothing happens: the pages
    /// are mapped by their first writes, as without it. The memory's content is not changed.
    /// </summary>
    public static void Prefault(void* memory, long length)
    {
        if (_unsupported)
        {
            return;
        }
        var page = (nuint)Environment.SystemPageSize;
        var start = ((nuint)memory + page - 1) & ~(page - 1);
        var end = ((nuint)memory + (nuint)length) & ~(page - 1);
        if (end <= start)
        {
            return;
        }
        try
        {
            if (Madvise((void*)start, end - start, PopulateWrite) != 0 && Marshal.GetLastPInvokeError() is 22 or 38)
            {
                // EINVAL or ENOSYS: a kernel before 5.14 (or not Linux after all); the pages fault in as they are written.
                _unsupported = true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unsupported = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(void* address, nuint length, int advice);
}
