using System.Globalization;
using HotAudit.Cli.Assessing;

namespace HotAudit.Cli.Clustering;

/// <summary>
/// A small file in the out folder that says which cluster run last wrote its reports and how it ended, so a run whose
/// coordinator is restarted after the reports were written does not write them a second time.
/// </summary>
internal sealed class RunMarker(string folder)
{
    private const string FileName = ".hotaudit-cluster-run";

    public string Folder { get; } = folder;

    public static RunMarker For(AssessOptions options) => new(options.Out ?? Path.Combine(options.CaseDirectory, "hotaudit-out"));

    /// <summary>The exit code of <paramref name="runId"/> if it already finished here.</summary>
    public int? Finished(string runId)
    {
        var path = Path.Combine(Folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        var parts = File.ReadAllText(path).Trim().Split(' ');
        return parts.Length == 2 && parts[0] == runId && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var exit) ? exit : null;
    }

    /// <summary>Records (temp file, then rename) that <paramref name="runId"/> finished with <paramref name="exit"/>.</summary>
    public void Record(string runId, int exit)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }
        var path = Path.Combine(Folder, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{runId} {exit}\n"));
        File.Move(temp, path, overwrite: true);
    }
}
