using System.Globalization;
using HotAudit.Core.Assessment;
using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;
using HotAudit.Core.Rules.Kinds;

namespace HotAudit.Reporting.Tests.Support;

/// <summary>Small, fixed test data: a case in +08:00 with a few clauses, findings, evidence and data-quality rows.</summary>
internal static class Some
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>UTC ticks of an ISO-8601 instant with offset.</summary>
    public static long Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).UtcTicks;

    public static RuleDefinition Rule(string id, Basis basis, Severity severity, string[] subject, params string[] clauses) => new()
    {
        Id = id,
        Pack = "hu-core",
        Title = new LocalizedText($"{id} 中文标题", $"{id} English title"),
        Clauses = clauses,
        Basis = basis,
        Severity = severity,
        Source = InputKind.Telemetry,
        Requires = [InputKind.Telemetry],
        Subject = [.. subject.Select(s => new SubjectField(s, s))],
        Count = CountMode.Devices,
        Mechanism = new MatchMechanism("true"),
        Parameters = [],
        Rationale = "why it matters",
        Remediation = $"fix {id}",
        Examples = [],
        Location = new SourceLocation("rules/hu-core.yaml", 1),
    };

    public static Finding Finding(RuleDefinition rule, params string?[] subjectValues)
    {
        var subject = rule.Subject.Zip(subjectValues, (k, v) => new SubjectValue(k.Name, v)).ToList();
        return new Finding
        {
            Id = FindingIds.Of(rule.Id, subject),
            Rule = rule,
            Subject = subject,
            Count = 3,
            FirstSeen = Utc("2026-05-01T01:00:00Z"),
            LastSeen = Utc("2026-05-02T13:30:00.5Z"),
            Evidence = [],
        };
    }

    public static Evidence Evidence(int line, string ts, params (string Key, string Value)[] fields) =>
        new("telemetry-2026w18.csv", line, Utc(ts), [.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))]);

    public static ClauseDefinition Clause(string id, string zh, string en, Strength strength, bool manual = false) =>
        new(id, new LocalizedText(zh, en), strength, ClauseScope.All, manual, [InputKind.Telemetry], false, false, "", []);

    public static CaseInfo Case() => new(
        "case-设备-7", Scenario.External, Offset, Utc("2026-05-01T00:00:00+08:00"), Utc("2026-05-08T00:00:00+08:00"),
        true, "TAF-HU", new AppUnderTest("示例应用", "3.2.1", "示例公司", "ab12"));

    /// <summary>The standard sample: two T findings (one waived), one N finding out of scope, five clauses.</summary>
    public static AssessmentResult Result() => SampleResult.Build();

    /// <summary>The data quality of <see cref="Result"/>.</summary>
    public static DataQualityReport Quality() => new(
        [
            new InputFileReport("telemetry-2026w18.csv", InputKind.Telemetry, "csv", "utf-8-bom", 1200, 2, 5,
                Utc("2026-05-01T00:00:03Z"), Utc("2026-05-07T15:59:59Z"), new string('a', 64), null),
            new InputFileReport("operations.jsonl", InputKind.Operations, "jsonl", "utf-8", 40, 0, 0, null, null,
                new string('b', 64), null),
            new InputFileReport("tenants.xlsx", InputKind.Tenants, "xlsx", "xlsx", 0, 0, 0, null, null,
                new string('c', 64), RunMessages.NotWorkbook.Format("Central Directory corrupt")),
        ],
        [
            new Rejection("telemetry-2026w18.csv", 17, "ts", "bad timestamp: no such day"),
            new Rejection("telemetry-2026w18.csv", 99, "device_id", "missing device_id (必填)"),
        ],
        [new DataQualityIssue("patches.csv", 4, "size", RunMessages.ValueUnusable.Format(RunMessages.NotInteger.Format("big")))]);
}
