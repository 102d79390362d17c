using System.Text.Json;

namespace HotAudit.Cli.Tests.Support;

/// <summary>The exit code of <c>hotaudit assess</c> and the parts of its findings.json the tests compare.</summary>
internal sealed class AssessResult
{
    private AssessResult(int exitCode, IReadOnlyList<ReportedFinding> all, IReadOnlyList<FileQuality> files,
        IReadOnlyList<ReportedRejection> rejections)
    {
        ExitCode = exitCode;
        All = all;
        Files = files;
        Rejections = rejections;
    }

    public int ExitCode { get; }

    public IReadOnlyList<ReportedFinding> All { get; }

    public IReadOnlyList<FileQuality> Files { get; }

    public IReadOnlyList<ReportedRejection> Rejections { get; }

    /// <summary>Rejected rows as score.py counts them: the sum of <c>files[].rejected</c>.</summary>
    public int Rejected => Files.Sum(f => f.Rejected);

    public int Duplicates => Files.Sum(f => f.Duplicates);

    /// <summary>The findings of one rule.</summary>
    public IReadOnlyList<ReportedFinding> Findings(string ruleId) => All.Where(f => f.RuleId == ruleId).ToList();

    /// <summary>The findings of the given rules, one readable line each (see <see cref="SubjectKeys.Render"/>), sorted.</summary>
    public IReadOnlyList<string> Rendered(params string[] ruleIds) =>
        All.Where(f => ruleIds.Contains(f.RuleId)).Select(f => f.ToString()).Order(StringComparer.Ordinal).ToList();

    /// <summary>The data-quality entry of a file (by base name); fails when there is none.</summary>
    public FileQuality File(string name) =>
        Files.SingleOrDefault(f => f.File == name)
        ?? throw new InvalidOperationException(
            $"findings.json has no data_quality entry for {name}; it has: {string.Join(", ", Files.Select(f => f.File))}");

    public static AssessResult Parse(int exitCode, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().Select(ParseFinding).ToList();
        var files = new List<FileQuality>();
        var rejections = new List<ReportedRejection>();
        if (root.TryGetProperty("data_quality", out var dq) && dq.ValueKind == JsonValueKind.Object)
        {
            if (dq.TryGetProperty("files", out var fs) && fs.ValueKind == JsonValueKind.Array)
            {
                files.AddRange(fs.EnumerateArray().Select(f => new FileQuality(
                    BaseName(Text(f, "file")), Int(f, "rows"), Int(f, "rejected"), Int(f, "duplicates"))));
            }

            if (dq.TryGetProperty("rejections", out var rs) && rs.ValueKind == JsonValueKind.Array)
            {
                rejections.AddRange(rs.EnumerateArray().Select(r => new ReportedRejection(
                    BaseName(Text(r, "file")), Int(r, "line"), Text(r, "field"), Text(r, "reason"))));
            }
        }

        return new AssessResult(exitCode, findings, files, rejections);
    }

    private static ReportedFinding ParseFinding(JsonElement f)
    {
        var subject = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in s.EnumerateObject())
            {
                subject[p.Name] = AsText(p.Value);
            }
        }

        return new ReportedFinding(Text(f, "rule_id"), subject, Int(f, "count"));
    }

    private static string BaseName(string path) => SubjectKeys.Normalize("file", path);

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? AsText(v) : string.Empty;

    private static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;

    private static string AsText(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? string.Empty,
        JsonValueKind.Null => string.Empty,
        _ => v.GetRawText(),
    };
}
