using System.Globalization;

namespace HotAudit.Cluster.Work;

/// <summary>
/// Who coordinates a run, as a file beside its reports (the shared folder every worker sees): the holder rewrites it every
/// few seconds; another coordinator of the same run — Orleans may briefly have two activations of a grain after a silo
/// dies, and a client starts a run again when its coordinator seems gone — waits while the lease is fresh and takes it
/// over when it goes stale (its holder died). So one coordinator at a time does the work and writes the reports.
/// </summary>
internal sealed class RunLease : IDisposable
{
    private const string FileName = ".hotaudit-cluster-lease";
    private static readonly TimeSpan Renew = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Stale = TimeSpan.FromSeconds(20);
    private readonly string _path;
    private readonly string _owner;
    private readonly TimeProvider _time;
    private readonly ITimer _renewal;

    private RunLease(string path, string owner, TimeProvider time)
    {
        _path = path;
        _owner = owner;
        _time = time;
        Write();
        _renewal = time.CreateTimer(_ => Write(), null, Renew, Renew);
    }

    /// <summary>
    /// Takes the lease of <paramref name="runId"/> in <paramref name="folder"/>, waiting while another live coordinator
    /// holds it; returns null as soon as <paramref name="finished"/> says the run ended meanwhile.
    /// </summary>
    public static async Task<RunLease?> AcquireAsync(string folder, string runId, TimeProvider time, Func<bool> finished, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var owner = $"{runId} {Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (finished())
            {
                return null;
            }
            if (TryCreate(path, owner))
            {
                return new RunLease(path, owner, time);
            }
            if (Holder(path, runId, time) is null)
            {
                File.WriteAllText(path, owner);
                // Two coordinators may both have seen no holder: each writes, waits, and only the one whose name stayed goes on.
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, ct);
                if (Holder(path, runId, time) == owner)
                {
                    return new RunLease(path, owner, time);
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
        }
    }

    /// <summary>
    /// Takes a free lease at once: the file is created only if there is none (O_EXCL; atomic on a local file system, NFS
    /// v3 and later, and SMB), so of two coordinators that find no lease exactly one creates it, and it needs no wait to
    /// know it holds it. A lease left behind (stale, or another run's) is taken over by the write-wait-check above. The
    /// wait had been 0.5 s of every cluster run (bench/RESULTS.md, round 11). False when the file exists or cannot be
    /// created; the write above then meets (and reports) a real failure to write.
    /// </summary>
    private static bool TryCreate(string path, string owner)
    {
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            file.Write(System.Text.Encoding.UTF8.GetBytes(owner));
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        _renewal.Dispose();
        try
        {
            if (File.Exists(_path) && File.ReadAllText(_path) == _owner)
            {
                File.Delete(_path);
            }
        }
        catch (IOException)
        {
            // A lease left behind goes stale and is taken over; it never blocks a later run for longer than that.
        }
    }

    /// <summary>The live holder of the run's lease, or null when there is none (no file, another run's, or stale).</summary>
    private static string? Holder(string path, string runId, TimeProvider time)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || time.GetUtcNow() - info.LastWriteTimeUtc > Stale)
            {
                return null;
            }
            var text = File.ReadAllText(path);
            return text.StartsWith(runId + " ", StringComparison.Ordinal) ? text : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void Write()
    {
        try
        {
            File.WriteAllText(_path, _owner);
            File.SetLastWriteTimeUtc(_path, _time.GetUtcNow().UtcDateTime);
        }
        catch (IOException)
        {
            // The next renewal tries again; a lease that is not renewed for long is taken over, which is safe.
        }
    }
}
