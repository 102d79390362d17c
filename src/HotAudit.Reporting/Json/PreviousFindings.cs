using System.Text.Json;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;
using HotAudit.Core.Time;

namespace HotAudit.Reporting.Json;

/// <summary>Reads the findings of an earlier run from its <c>findings.json</c> (schema <c>hotaudit/findings/v1</c>).</summary>
public static class PreviousFindings
{
    /// <summary>Reads the file's findings.</summary>
    /// <exception cref="BaselineException">The file cannot be read, is not JSON, or is not a HotAudit findings.json.</exception>
    public static IReadOnlyList<PreviousFinding> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            return Parse(doc.RootElement, path);
        }
        catch (JsonException e)
        {
            throw new BaselineException(RunMessages.BaselineNotJson.Format(path, (e.LineNumber ?? 0) + 1, e.Message), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException(RunMessages.BaselineCannotRead.Format(path, e.Message), e);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new BaselineException(RunMessages.BaselineNotFindings.Format(path, e.Message), e);
        }
    }

    private static List<PreviousFinding> Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema)
            || schema.ValueKind != JsonValueKind.String || schema.GetString() != FindingsJsonWriter.Schema)
        {
            throw new BaselineException(RunMessages.BaselineNoSchema.Format(path, FindingsJsonWriter.Schema));
        }
        if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
        {
            throw new BaselineException(RunMessages.BaselineNoFindings.Format(path));
        }
        return [.. findings.EnumerateArray().Select(Finding)];
    }

    private static PreviousFinding Finding(JsonElement f)
    {
        var ruleId = f.GetProperty("rule_id").GetString() ?? throw new FormatException("a finding has no rule_id");
        var subject = f.TryGetProperty("subject", out var s) && s.ValueKind == JsonValueKind.Object
            ? s.EnumerateObject().Select(p => new SubjectValue(p.Name, p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString())).ToList()
            : [];
        var id = f.TryGetProperty("id", out var i) && i.GetString() is { Length: > 0 } text ? text : FindingIds.Of(ruleId, subject);
        return new PreviousFinding(
            id, ruleId, subject, f.TryGetProperty("count", out var c) && c.TryGetInt64(out var n) ? n : 0,
            Title(f, ruleId), Strings(f, "clauses"), Text(f, "basis") == "N" ? Basis.N : Basis.T,
            Enum.TryParse<Severity>(Text(f, "severity"), ignoreCase: true, out var sev) ? sev : Severity.Info,
            Ticks(f, "first_seen"), Ticks(f, "last_seen"));
    }

    private static LocalizedText Title(JsonElement f, string ruleId) =>
        f.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.Object
            ? new LocalizedText(Text(t, "zh") ?? ruleId, Text(t, "en") ?? ruleId)
            : new LocalizedText(ruleId, ruleId);

    private static IReadOnlyList<string> Strings(JsonElement f, string name) =>
        f.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long Ticks(JsonElement f, string name) =>
        Text(f, name) is { } text && Timestamps.TryParse(text, TimeSpan.Zero, out var ticks, out _) ? ticks : 0;
}
