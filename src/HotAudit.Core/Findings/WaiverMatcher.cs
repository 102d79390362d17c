using HotAudit.Core.Quality;
using HotAudit.Core.Time;

namespace HotAudit.Core.Findings;

/// <summary>
/// Applies waivers to findings: a finding covered by an unexpired waiver (the first in file order that matches) gets
/// its <see cref="AppliedWaiver"/>; an expired waiver is ignored and said so; a waiver that matches nothing is said so.
/// </summary>
public static class WaiverMatcher
{
    /// <summary>Applies <paramref name="waivers"/> at run time <paramref name="now"/>; bare dates are read in <paramref name="caseOffset"/>.</summary>
    public static WaiverOutcome Apply(IReadOnlyList<Finding> findings, IReadOnlyList<Waiver> waivers, DateTimeOffset now, TimeSpan caseOffset)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(waivers);
        var result = findings.ToArray();
        var notices = new List<string>();
        foreach (var waiver in waivers)
        {
            var expires = waiver.Expires.Resolve(caseOffset);
            if (now > expires)
            {
                notices.Add(RunMessages.WaiverExpired.Format(waiver.Number, waiver.Location, waiver.Target, Format(expires, caseOffset)));
                continue;
            }
            var matched = false;
            for (var i = 0; i < result.Length; i++)
            {
                if (Matches(waiver, result[i]))
                {
                    matched = true;
                    result[i] = result[i].Waiver is null
                        ? result[i] with { Waiver = new AppliedWaiver(waiver.Justification, waiver.ApprovedBy, expires) }
                        : result[i];
                }
            }
            if (!matched)
            {
                notices.Add(RunMessages.WaiverUnmatched.Format(waiver.Number, waiver.Location, waiver.Target));
            }
        }
        return new WaiverOutcome(result, notices);
    }

    /// <summary>Whether the waiver's rule or clause and every subject key it names match the finding.</summary>
    public static bool Matches(Waiver waiver, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(waiver);
        ArgumentNullException.ThrowIfNull(finding);
        var target = waiver.RuleId is { } ruleId
            ? string.Equals(ruleId, finding.Rule.Id, StringComparison.OrdinalIgnoreCase)
            : finding.Rule.Clauses.Any(c => SameClause(c, waiver.Clause!));
        return target && waiver.Subject.All(p => SubjectMatches(finding, p.Key, p.Value));
    }

    private static bool SubjectMatches(Finding finding, string key, string expected)
    {
        var value = finding.Subject.FirstOrDefault(s => s.Key == key);
        // A key the rule's subject does not have never matches, even with '*': it is most likely a typo.
        return value is not null && (expected == "*" || string.Equals(value.Value, expected, StringComparison.Ordinal));
    }

    /// <summary>Clause ids compare ignoring case and spacing, and with or without the standard's prefix (<c>6 d</c> = <c>HU 6 d</c>).</summary>
    public static bool SameClause(string clause, string written)
    {
        var a = Normalize(clause);
        var b = Normalize(written);
        return a == b || (a.EndsWith(" " + b, StringComparison.Ordinal) && a.IndexOf(' ', StringComparison.Ordinal) == a.Length - b.Length - 1);
    }

    private static string Normalize(string clause) =>
        string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();

    private static string Format(DateTimeOffset at, TimeSpan offset) => Timestamps.Format(at.UtcTicks, offset);
}
