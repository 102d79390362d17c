using System.Collections.Concurrent;

namespace HotAudit.Worker;

/// <summary>One lock per case, so two runs of the same case (two schedules, or a slow run and its next occurrence) never overlap.</summary>
internal sealed class CaseLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string caseName, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(caseName, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
