using System.Globalization;
using HotAudit.Assessment;

namespace HotAudit.Cluster.Work;

/// <summary>
/// A small file in the out folder that says which cluster run last wrote its reports, how it ended and what it said, so
/// a coordinator started again for a run that already wrote its reports (after a death, or as a duplicate activation)
/// answers with them instead of writing the reports a second time.
/// </summary>
internal sealed class RunMarker(string folder)
{
    private const string FileName = ".hotaudit-cluster-run";

    public string Folder { get; } = folder;

    public static RunMarker For(AssessRequest request) => new(request.OutDirectory);

    /// <summary>How <paramref name="runId"/> ended and what it said, if it already finished here.</summary>
    public (int Exit, string Messages)? Finished(string runId)
    {
        var path = Path.Combine(Folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        var text = File.ReadAllText(path);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var parts = (newline < 0 ? text : text[..newline]).Trim().Split(' ');
        return parts.Length == 2 && parts[0] == runId && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var exit)
            ? (exit, newline < 0 ? string.Empty : text[(newline + 1)..])
            : null;
    }

    /// <summary>Records (temp file, then rename) that <paramref name="runId"/> finished with <paramref name="exit"/>, saying <paramref name="messages"/>.</summary>
    public void Record(string runId, int exit, string messages)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var path = Path.Combine(Folder, FileName);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{runId} {exit}\n{messages}"));
        File.Move(temp, path, overwrite: true);
    }
}
