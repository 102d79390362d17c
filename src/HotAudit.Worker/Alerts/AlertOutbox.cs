using System.Text.Json.Nodes;

namespace HotAudit.Worker.Alerts;

/// <summary>
/// Alerts waiting for the webhook, in <c>&lt;state&gt;/outbox/</c>: one file per alert, written to a temporary name,
/// flushed to disk and renamed, so a crash leaves a whole alert or none. A file is removed only once the webhook
/// answered 2xx; files named by run and finding, so an alert queued twice (a crash between queueing and recording
/// the queueing) is one file.
/// </summary>
internal sealed class AlertOutbox(WorkerPaths paths)
{
    private readonly SemaphoreSlim _signal = new(0);

    public string Folder => paths.Outbox;

    /// <summary>The alerts waiting, oldest first.</summary>
    public IReadOnlyList<string> Pending() =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*.json").Select(f => new FileInfo(f)).OrderBy(f => f.CreationTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.FullName)]
            : [];

    /// <summary>Writes each alert durably, then wakes the sender.</summary>
    public void Enqueue(string stream, string runKey, IEnumerable<JsonObject> alerts)
    {
        PrivateFiles.CreateFolder(Folder);
        var run = CaseNames.Hash(runKey)[..12];
        foreach (var alert in alerts)
        {
            var name = $"{stream}-{run}-{KeptMonitorStore.FileName((string)alert["finding_id"]!)}.json";
            var path = Path.Combine(Folder, name);
            if (File.Exists(path))
            {
                continue;
            }
            var temp = Path.Combine(Folder, "." + name + ".tmp");
            using (var file = new FileStream(temp, PrivateFiles.CreateOptions))
            {
                file.Write(System.Text.Encoding.UTF8.GetBytes(alert.ToJsonString()));
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        _signal.Release();
    }

    /// <summary>Waits until something is queued or <paramref name="delay"/> has passed.</summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken ct) => _signal.WaitAsync(delay, ct);
}
