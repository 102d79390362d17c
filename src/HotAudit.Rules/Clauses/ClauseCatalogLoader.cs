using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Rules;
using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Clauses;

/// <summary>Reads <c>clauses.yaml</c>: the clauses, their bilingual titles, strength, scope and the evidence they need.</summary>
internal static class ClauseCatalogLoader
{
    /// <summary>Loads the catalog; problems go to <paramref name="issues"/>.</summary>
    public static ClauseCatalog Load(string path, List<LintIssue> issues)
    {
        var root = YamlFiles.Open(path, issues);
        if (root is null)
        {
            return new ClauseCatalog("TAF-HU", []);
        }
        var label = root.String("standard_label") ?? "TAF-HU";
        var clauses = root.Maps("clauses").Select(Clause).OfType<ClauseDefinition>().ToList();
        root.RejectUnknown("the clause catalog");
        foreach (var dup in clauses.GroupBy(c => c.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new LintIssue(root.File, 0, $"clause '{dup.Key}' is defined {dup.Count()} times"));
        }
        return new ClauseCatalog(label, clauses);
    }

    private static ClauseDefinition? Clause(YamlMap m)
    {
        var id = m.String("id", required: true);
        var title = m.Map("title");
        var zh = title?.String("zh", required: true) ?? "";
        var en = title?.String("en", required: true) ?? "";
        title?.RejectUnknown("title");
        var strength = m.String("strength", required: true) switch
        {
            "shall" => Strength.Shall,
            "should" => Strength.Should,
            var s => Bad<Strength>(m, $"strength must be shall or should, not '{s}'"),
        };
        var scope = m.String("scope", required: true) switch
        {
            "all" => ClauseScope.All,
            "internal" => ClauseScope.Internal,
            "external" => ClauseScope.External,
            "app_signatures" => ClauseScope.AppSignatures,
            var s => Bad<ClauseScope>(m, $"scope must be all, internal, external or app_signatures, not '{s}'"),
        };
        var needs = Kinds(m, m.Strings("needs"));
        var manual = m.String("manual") == "true";
        var fallback = m.String("attestation_fallback") == "true";
        var part = m.String("attestation_part") == "true";
        var summary = m.String("summary") ?? "";
        var judgedBy = m.Strings("judged_by");
        m.RejectUnknown($"clause {id}");
        return id is null ? null : new ClauseDefinition(id, new LocalizedText(zh, en), strength, scope, manual, needs, fallback, part, summary, judgedBy);
    }

    internal static IReadOnlyList<InputKind> Kinds(YamlMap m, IEnumerable<string> names)
    {
        var kinds = new List<InputKind>();
        foreach (var n in names)
        {
            if (InputKinds.TryParse(n, out var k))
            {
                kinds.Add(k);
            }
            else
            {
                m.Issues.Add(new LintIssue(m.File, m.Line, $"unknown input '{n}' (one of {string.Join(", ", Enum.GetValues<InputKind>().Select(x => x.Prefix()))})"));
            }
        }
        return kinds;
    }

    private static T Bad<T>(YamlMap m, string message)
    {
        m.Issues.Add(new LintIssue(m.File, m.Line, message));
        return default!;
    }
}
