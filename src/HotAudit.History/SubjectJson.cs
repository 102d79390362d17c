using System.Text.Json;
using HotAudit.Core.Findings;

namespace HotAudit.History;

/// <summary>Subjects and clause lists as JSON text in one column.</summary>
internal static class SubjectJson
{
    public static string Write(IReadOnlyList<SubjectValue> subject) =>
        JsonSerializer.Serialize(subject.Select(s => new[] { s.Key, s.Value }).ToList());

    public static IReadOnlyList<SubjectValue> Read(string json) =>
        [.. (JsonSerializer.Deserialize<List<string?[]>>(json) ?? []).Select(p => new SubjectValue(p[0] ?? "", p.Length > 1 ? p[1] : null))];

    public static string WriteList(IReadOnlyList<string> items) => JsonSerializer.Serialize(items);

    public static IReadOnlyList<string> ReadList(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
