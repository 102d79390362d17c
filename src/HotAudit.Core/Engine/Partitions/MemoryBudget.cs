using System.Globalization;

namespace HotAudit.Core.Engine;

/// <summary>
/// How many bytes of encoded telemetry the partition stores of a process may hold in memory together; past it, a
/// store writes its further chunks to disk. One budget is shared by every store of the process
/// (<see cref="Process"/>), so runs side by side in one worker do not each take the whole of it.
/// </summary>
public sealed class MemoryBudget
{
    /// <summary>The environment variable that sets the process budget in MiB (default <see cref="DefaultMiB"/>).</summary>
    public const string Variable = "HOTAUDIT_MEMORY_MB";

    /// <summary>
    /// The process budget when <see cref="Variable"/> is not set: about 6.5 million events of ~30 bytes. A 5.6M-event case
    /// (161 MiB encoded) stays in memory; 21M events of 760,000 devices peak at 923–969 MiB with it and at 1.2 GiB with 512
    /// MiB (the rest of the peak grows with devices), so a 20M case keeps within 1 GiB by spilling (bench/RESULTS.md, round 5).
    /// </summary>
    public const int DefaultMiB = 192;

    private long _used;

    /// <summary>A budget of <paramref name="limitBytes"/> bytes.</summary>
    public MemoryBudget(long limitBytes) => Limit = Math.Max(0, limitBytes);

    /// <summary>The process's budget: <see cref="Variable"/> MiB when set to a whole number, else <see cref="DefaultMiB"/>.</summary>
    public static MemoryBudget Process { get; } = new(MiBOf(Environment.GetEnvironmentVariable(Variable)) * 1024L * 1024L);

    /// <summary>The bytes that may be held.</summary>
    public long Limit { get; }

    /// <summary>The bytes held now.</summary>
    public long Used => Interlocked.Read(ref _used);

    /// <summary>Takes <paramref name="bytes"/> from the budget when they fit; false (and nothing taken) when they do not.</summary>
    public bool TryReserve(long bytes)
    {
        var used = Interlocked.Add(ref _used, bytes);
        if (used <= Limit)
        {
            return true;
        }
        Interlocked.Add(ref _used, -bytes);
        return false;
    }

    /// <summary>Gives back bytes taken by <see cref="TryReserve"/>.</summary>
    public void Release(long bytes) => Interlocked.Add(ref _used, -bytes);

    /// <summary>The MiB a value of <see cref="Variable"/> sets: a whole number ≥ 0, else the default.</summary>
    internal static long MiBOf(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) ? mib : DefaultMiB;
}
