using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>
/// Tells an empty or mistyped case folder from a case: no input file recognised at all, or a skipped file whose columns
/// are those of telemetry or an operation log (a misnamed export, whose events would silently be missing), stops the
/// run before anything is read (exit 2), with what was found and what HotAudit expects.
/// </summary>
public static class CaseInputsCheck
{
    /// <summary>The sentences that stop the run; empty when the case can be assessed.</summary>
    public static IReadOnlyList<string> Problems(CaseManifest manifest)
    {
        var dir = manifest.Directory;
        var misnamed = manifest.Skipped.Where(s => s.LooksLike is not null).ToList();
        if (misnamed.Count > 0)
        {
            return [.. misnamed.Select(s => $"{dir}/{s.Name}: looks like {SkippedInputs.Words(s.LooksLike!.Value)} but is not read: {s.Reason}"),
                "nothing was assessed: a case with part of its events missing would be judged on what is left"];
        }
        if (manifest.Files.Values.Any(files => files.Count > 0))
        {
            return [];
        }
        var found = manifest.Skipped.Count == 0 ? "no data file" : "only files it does not read: " + string.Join("; ", manifest.Skipped);
        return [$"{dir}: nothing to assess: no input file recognised ({found}); HotAudit reads {SkippedInputs.ExpectedNames}"];
    }
}
