namespace HotAudit.Worker.Streams.Evaluation;

/// <summary>
/// The case folder a stream's evaluation assesses: links to the reference folder's files and sub-folders (its event
/// logs, if any, and dot files left out), and the journal's rows of the window as <c>telemetry-stream.jsonl</c> and
/// <c>operations-stream.jsonl</c>, rebuilt at each evaluation.
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
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        PrivateFiles.CreateFolder(folder);
        var reference = Path.GetFullPath(stream.Settings.Reference);
        foreach (var dir in Directory.EnumerateDirectories(reference).Where(d => Linked(Path.GetFileName(d))))
        {
            Directory.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(dir)), dir);
        }
        foreach (var file in Directory.EnumerateFiles(reference).Where(f => Linked(Path.GetFileName(f))))
        {
            File.CreateSymbolicLink(Path.Combine(folder, Path.GetFileName(file)), file);
        }
        using var telemetry = new FileStream(Path.Combine(folder, TelemetryFile), PrivateFiles.CreateOptions);
        using var operations = new FileStream(Path.Combine(folder, OperationsFile), PrivateFiles.CreateOptions);
        var (rows, cut, last) = stream.Journal.WriteWindow(fromTs, telemetry, operations);
        return new Window(rows, cut, last);
    }

    private static bool Linked(string name) =>
        !name.StartsWith('.') && !EventLogs.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
