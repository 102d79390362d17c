using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// Explains an event log file of which every row was rejected: the usual cause is a header HotAudit could not map
/// (a renamed or misspelled column), so the message names the required columns it lacks, the columns it did not know
/// and the closest known names, then the first rejection.
/// </summary>
public static class RejectedFileDiagnosis
{
    /// <summary>Whether every row of the file was rejected (and it has rows).</summary>
    public static bool AllRejected(InputFileReport file) => file.Error is null && file.Rows > 0 && file.Rejected == file.Rows;

    /// <summary>The sentence that says why every row of <paramref name="file"/> was rejected.</summary>
    public static string Describe(string caseDirectory, InputFileReport file, IEnumerable<Rejection> rejections)
    {
        var first = rejections.FirstOrDefault(r => r.File == file.Name);
        var rows = file.Rows.ToString("N0", CultureInfo.CurrentCulture);
        var text = first is null ? RunMessages.AllRejected.Format(rows) : RunMessages.AllRejectedFirst.Format(rows, first.Line, first.Field, first.Reason);
        var schema = file.Kind == InputKind.Telemetry ? Schemas.Telemetry : file.Kind == InputKind.Operations ? Schemas.Operations : null;
        var headers = schema is null ? [] : HeaderProbe.Names(Path.Combine(caseDirectory, file.Name));
        if (schema is null || headers.Count == 0)
        {
            return text;
        }
        var known = schema.Columns.Select(c => c.Name).ToList();
        var mapped = headers.Select(HeaderAliases.Canonical).Where(h => schema.SlotOf(h) >= 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Schemas.RequiredColumns(file.Kind).Where(r => !mapped.Contains(r)).ToList();
        if (missing.Count == 0)
        {
            return text;
        }
        var unknown = headers.Where(h => h.Length > 0 && schema.SlotOf(HeaderAliases.Canonical(h)) < 0)
            .Select(h => (Header: h, Closest: ClosestNames.Of(h, known))).ToList();
        var hints = unknown.Where(u => u.Closest.Count > 0).Select(u => $"'{u.Header}' (closest: {string.Join(", ", u.Closest)})").ToList();
        return string.Join("; ", text, RunMessages.HeaderLacks.Format(string.Join(", ", missing)),
            hints.Count > 0 ? RunMessages.NotKnown.Format(string.Join(", ", hints)) : RunMessages.ItsColumns.Format(string.Join(", ", headers.Take(12))));
    }
}
