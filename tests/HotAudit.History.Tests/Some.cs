using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.History.Tests;

/// <summary>Test data: runs and findings.</summary>
internal static class Some
{
    public static readonly DateTimeOffset T0 = new(2026, 6, 1, 2, 0, 0, TimeSpan.FromHours(2));

    public static RunFinding Finding(string ruleId, string app, Severity severity = Severity.High, string change = "") => new(
        FindingIds.Of(ruleId, [new SubjectValue("app_id", app)]), ruleId, [new SubjectValue("app_id", app), new SubjectValue("patch_id", null)],
        3, severity, Basis.T, ["HU 7.2 f"], new LocalizedText("标题", "Title"), 638_000_000_000_000_000, 638_000_000_100_000_000, change);

    public static RunRecord Run(string caseName, string runKey, int hoursLater, params RunFinding[] findings) => new(
        runKey, caseName, "inbox", T0.AddHours(hoursLater), T0.AddHours(hoursLater).AddMinutes(1), new string('a', 64),
        "nonconformant", "T1", $"/reports/{caseName}", findings, 0);
}
