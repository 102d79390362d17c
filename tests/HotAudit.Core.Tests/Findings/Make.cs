using HotAudit.Core.Contract;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Core.Tests.Findings;

/// <summary>Small builders for rules, findings and waivers (a case in +08:00).</summary>
internal static class Make
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, Offset);

    public static RuleDefinition Rule(string id, string[] subject, params string[] clauses) => new()
    {
        Id = id, Pack = "p", Title = new LocalizedText(id + " 标题", id + " title"), Clauses = clauses, Basis = Basis.T,
        Severity = Severity.High, Source = InputKind.Telemetry, Requires = [InputKind.Telemetry],
        Subject = [.. subject.Select(s => new SubjectField(s, s))], Count = CountMode.Devices, Mechanism = new MatchMechanism("true"),
        Parameters = [], Rationale = "r", Remediation = "fix", Examples = [], Location = new SourceLocation("p.yaml", 1),
    };

    public static Finding Finding(RuleDefinition rule, params string?[] values)
    {
        var subject = rule.Subject.Zip(values, (k, v) => new SubjectValue(k.Name, v)).ToList();
        return new Finding
        {
            Id = FindingIds.Of(rule.Id, subject), Rule = rule, Subject = subject, Count = 1, FirstSeen = 0, LastSeen = 0, Evidence = [],
        };
    }

    public static Waiver Waiver(
        int number = 1, string? ruleId = null, string? clause = null, Dictionary<string, string>? subject = null,
        WaiverExpiry? expires = null) =>
        new(number, new SourceLocation("waivers.yaml", number * 5), ruleId, clause, subject ?? [], "accepted", "张三",
            expires ?? WaiverExpiry.EndOf(new DateOnly(2026, 12, 31)));
}
