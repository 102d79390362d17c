namespace HotAudit.Worker.Streams.Evaluation;

/// <summary>
/// The case folder a stream's evaluation assesses: links to the reference folder's files and sub-folders (its event
/// logs, if any, and dot files left out), and the journal's rows of the window as <c>telemetry-stream.jsonl</c> and
/// <c>operations-stream.jsonl</c> (<see cref="StreamWindow"/>: kept from one evaluation to the next, the rows that fell
/// out of the window left out and the journal's new rows added). The links are made again at each evaluation.
/// </summary>
internal static class StreamCase
{
    public const string TelemetryFile = "telemetry-stream.jsonl";

    public const string OperationsFile = "operations-stream.jsonl";

    private static readonly string[] EventLogs = ["telemetry", "operations", "hotaudit-out"];

    /// <summary>What was written: rows, whether rows older than the window were left out, and the last batch included.</summary>
    public sealed record Window(long Rows, bool Cut, long LastBatch);

    public static Window Build(LiveStream stream, long fromTs)
    {
        var folder = stream.Case;
        PrivateFiles.CreateFolder(folder);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => e.Name is not (TelemetryFile or OperationsFile)))
        {
            // A link is removed, never what it points to (a reference folder).
            if (entry is DirectoryInfo { LinkTarget: null } dir)
            {
                dir.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
        var reference = Path.GetFullPath(stream.Settings.Reference);
        foreach (var dir in Directory.EnumerateDirectories(reference).Where(d => Linked(Path.GetFileName(d))))
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(dir)), dir);
        }
        foreach (var file in Directory.EnumerateFiles(reference).Where(f => Linked(Path.GetFileName(f))))
        {
            File.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(file)), file);
        }
        return stream.Window.Write(stream.Journal, fromTs, Path.Combine(folder, TelemetryFile), Path.Combine(folder, OperationsFile), stream.Folder);
    }

    private static bool Linked(string name) =>
        !name.StartsWith('.') && !EventLogs.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
