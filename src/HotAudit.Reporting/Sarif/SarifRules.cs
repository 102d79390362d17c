using System.Text.Json;
using HotAudit.Core.Assessment;
using HotAudit.Core.Rules;
using HotAudit.Reporting.Json;

namespace HotAudit.Reporting.Sarif;

/// <summary><c>tool.driver.rules</c>: one reporting descriptor per rule applied or found, ordered by id.</summary>
internal static class SarifRules
{
    /// <summary>The rules in the order written, so results can refer to them by index.</summary>
    public static IReadOnlyList<RuleDefinition> Of(AssessmentResult r) =>
        r.Packs.SelectMany(p => p.Rules).Concat(r.Findings.Select(f => f.Rule))
            .DistinctBy(x => x.Id).OrderBy(x => x.Id, StringComparer.Ordinal).ToList();

    public static void Write(Utf8JsonWriter w, IReadOnlyList<RuleDefinition> rules)
    {
        w.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(w, rule);
        }
        w.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDefinition rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        Text(w, "shortDescription", rule.Title.En);
        Text(w, "fullDescription", rule.Rationale.Length > 0 ? rule.Rationale : rule.Title.En);
        Text(w, "help", rule.Remediation.Length > 0 ? rule.Remediation : rule.Title.En);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifLevels.Of(rule.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.Strings("clauses", rule.Clauses);
        w.WriteString("basis", Names.Of(rule.Basis));
        w.WriteString("severity", Names.Of(rule.Severity));
        w.WriteString("title_zh", rule.Title.Zh);
        w.WriteString("pack", rule.Pack);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A SARIF message object: <c>{"text": ...}</c>.</summary>
    public static void Text(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}
