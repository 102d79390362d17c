using HotAudit.Core.Engine;
using HotAudit.Core.Findings;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;
using HotAudit.Rules.Packs;

namespace HotAudit.Assessment;

/// <summary>
/// Mistakes in what the user asked for, caught before the case is read (exit 2, one line each, closest names offered):
/// parameter overrides naming a rule or parameter no pack has, waivers naming an unknown rule or clause, an output
/// folder that cannot be written.
/// </summary>
internal static class UsageChecks
{
    /// <summary>Every override (case file <c>rules.set</c>, then <c>--set</c>) must be RULE.param of a rule some pack ships.</summary>
    public static IEnumerable<string> Overrides(RuleSet rules, IReadOnlyDictionary<string, string> caseFile, IReadOnlyDictionary<string, string> commandLine)
    {
        foreach (var (source, overrides) in new[] { ("hotaudit.case.yaml rules.set", caseFile), ("--set", commandLine) })
        {
            foreach (var key in overrides.Keys)
            {
                if (Override(rules, key) is { } problem)
                {
                    yield return $"{source}: {problem}";
                }
            }
        }
    }

    /// <summary>Every rule an override names must still compile with the value given (a number where a number belongs ...).</summary>
    public static IEnumerable<string> OverrideValues(RuleSet rules, IReadOnlyDictionary<string, string> overrides)
    {
        var named = overrides.Keys.Select(k => k.LastIndexOf('.') is var dot and > 0 ? k[..dot] : k).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var compiler = new RuleCompiler(new SymbolTable(), overrides);
        foreach (var rule in rules.Rules.Where(r => named.Contains(r.Id)))
        {
            string? problem = null;
            try
            {
                compiler.Check(rule);
                if (rule.Mechanism is HotAudit.Core.Rules.Kinds.MonitorMechanism)
                {
                    MonitorParameters(rule, compiler.Parameters(rule));
                }
            }
            catch (Exception e) when (e is RuleCompileException or ArgumentException)
            {
                var values = overrides.Where(o => o.Key.StartsWith(rule.Id + ".", StringComparison.OrdinalIgnoreCase)).Select(o => $"{o.Key}={o.Value}");
                problem = $"{string.Join(", ", values)}: {e.Message}";
            }
            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    /// <summary>The monitor reads its parameters as numbers in range; a word or a rate of 2 is a mistake, not a default.</summary>
    private static void MonitorParameters(HotAudit.Core.Rules.RuleDefinition rule, IReadOnlyDictionary<string, object> parameters)
    {
        if (parameters.FirstOrDefault(p => p.Value is not double) is { Key: not null } word)
        {
            throw new ArgumentException($"rule {rule.Id}: parameter {word.Key} must be a number, not '{word.Value}'");
        }
        _ = HotAudit.Anomalies.MonitorSettings.From(new HotAudit.Core.Monitoring.MonitorRun(new SymbolTable(), [], TimeSpan.Zero, parameters));
    }

    private static string? Override(RuleSet rules, string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot <= 0 || dot == key.Length - 1)
        {
            return $"'{key}' is not RULE.param=value (e.g. HU-FRQ-01.max_publishes=5)";
        }
        var (id, name) = (key[..dot], key[(dot + 1)..]);
        var rule = rules.Rules.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            return $"no rule pack has a rule '{id}'{Closest(id, rules.Rules.Select(r => r.Id))}";
        }
        var names = rule.Parameters.Select(p => p.Name).ToList();
        return names.Contains(name, StringComparer.OrdinalIgnoreCase) ? null
            : names.Count == 0 ? $"{rule.Id} has no parameters"
            : $"{rule.Id} has no parameter '{name}'{Closest(name, names)} (it has: {string.Join(", ", names)})";
    }

    /// <summary>Every waiver must name a rule some pack ships, or a clause of the catalog.</summary>
    public static IEnumerable<string> Waivers(RuleSet rules, IReadOnlyList<Waiver> waivers)
    {
        foreach (var w in waivers)
        {
            if (w.RuleId is { } id && !rules.Rules.Any(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"{w.Location}: waiver #{w.Number} names rule '{id}', which no rule pack has{Closest(id, rules.Rules.Select(r => r.Id))}";
            }
            else if (w.Clause is { } clause && !rules.Catalog.Clauses.Any(c => WaiverMatcher.SameClause(c.Id, clause)))
            {
                yield return $"{w.Location}: waiver #{w.Number} names clause '{clause}', which the catalog does not have{Closest(clause, rules.Catalog.Clauses.Select(c => c.Id))}";
            }
        }
    }

    /// <summary>Whether the reports can be written to <paramref name="outDir"/>: creates it and a probe file, and removes the probe.</summary>
    public static string? Writable(string outDir)
    {
        try
        {
            Directory.CreateDirectory(outDir);
            var probe = Path.Combine(outDir, $".hotaudit-probe-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"--out {outDir}: the reports cannot be written there ({e.Message})";
        }
    }

    private static string Closest(string name, IEnumerable<string> known) =>
        ClosestNames.Of(name, known.Distinct()) is { Count: > 0 } near ? $" (closest: {string.Join(", ", near)})" : "";
}
