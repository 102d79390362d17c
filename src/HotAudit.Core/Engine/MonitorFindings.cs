using HotAudit.Core.Findings;
using HotAudit.Core.Monitoring;

namespace HotAudit.Core.Engine;

/// <summary>Runs the anomaly monitor for the monitor rules and turns each flagged vector into a finding (count 1).</summary>
internal static class MonitorFindings
{
    public static IReadOnlyList<Finding> Create(CompiledRule rule, IReadOnlyList<ScoredVector> vectors, TimeSpan offset)
    {
        var findings = new List<Finding>();
        foreach (var v in vectors.Where(v => v.Flagged))
        {
            var subject = new List<SubjectValue>
            {
                new("app_id", v.AppId), new("app_version", v.AppVersion), new("day", v.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            };
            var start = new DateTimeOffset(v.Day.ToDateTime(TimeOnly.MinValue), offset).UtcTicks;
            findings.Add(new Finding
            {
                Id = FindingIds.Of(rule.Rule.Id, subject),
                Rule = rule.Rule,
                Subject = subject,
                Count = 1,
                FirstSeen = start,
                LastSeen = start + TimeSpan.TicksPerDay - 1,
                Evidence = [],
                Note = v.Explanation,
                NoteZh = v.ExplanationZh.Length > 0 ? v.ExplanationZh : null,
            });
        }
        return findings;
    }
}
