using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack external-provision: HU-EXT-01..04 and HU-VUL-01/02, exact subjects and counts, worked out from RULES.md alone.</summary>
public sealed class ExternalProvisionTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static readonly IReadOnlyList<string> TenantOpColumns = [.. OperationRow.Columns, "tenant_id"];

    [Fact]
    public async Task Assess_TenantsWithLateOrMissingReviewGuideContractOrConsent_FireExt01To04()
    {
        // Given: every tenant's first publish is at T0 unless said otherwise
        var f = T0;
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external").Build()
            .WithRows("operations.csv", TenantOpColumns,
            [
                Publish("com.t1", f), Tenant(Ops.Upload("com.t1", "1.0", "t1-p0", f.AddDays(-30)), "t1"), // an upload is not a publish
                Publish("com.t2", f), Publish("com.t3", f), Publish("com.t4", f),
                Publish("com.t5", f), Publish("com.t5", f.AddDays(400)),
                Publish("com.t6", f), Publish("com.t6", f.AddDays(400)),
                Tenant(Publish("com.x", f.AddDays(2)), "t8"),                    // t8's app is known by the row's tenant_id
                Publish("com.t9b", f.AddDays(1)), Publish("com.t9a", f.AddDays(5)), // t9's first publish is of its second app
            ])
            .WithTenants(
                TenantRow.Compliant("t1", "com.t1", f),
                new TenantRow("t2", "com.t2") { ReviewedAt = f, Result = "pass", GuideAt = f, SignedAt = f, ExpiresAt = f.AddYears(2) },
                new TenantRow("t3", "com.t3") { ReviewedAt = f.AddDays(-10), Result = "fail", Consent = "false" },
                new TenantRow("t4", "com.t4")
                {
                    Result = "pass", GuideAt = f + Second, SignedAt = f + Second, ExpiresAt = f.AddYears(2), Consent = "no",
                },
                TenantRow.Compliant("t5", "com.t5", f) with { ExpiresAt = f.AddDays(400) },            // publish at expiry: silent
                TenantRow.Compliant("t6", "com.t6", f) with { ExpiresAt = f.AddDays(400) - Second },   // publish after expiry
                new TenantRow("t7", "com.t7") { GuideAt = f, SignedAt = f, Consent = "false" },        // never published
                TenantRow.Compliant("t8", "com.t8", f) with { GuideAt = f.AddDays(3) },                // guide after the first publish
                TenantRow.Compliant("t9", "com.t9a;com.t9b", f) with { ReviewedAt = f.AddDays(2) });    // review after com.t9b's publish

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-EXT-01", "HU-EXT-02", "HU-EXT-03", "HU-EXT-04").Should().BeEquivalentTo(
            Expect.Finding("HU-EXT-01", 1, "t2"), Expect.Finding("HU-EXT-01", 1, "t3"),
            Expect.Finding("HU-EXT-01", 1, "t4"), Expect.Finding("HU-EXT-01", 1, "t9"),
            Expect.Finding("HU-EXT-02", 1, "t3"), Expect.Finding("HU-EXT-02", 1, "t4"), Expect.Finding("HU-EXT-02", 1, "t8"),
            Expect.Finding("HU-EXT-03", 1, "t3"), Expect.Finding("HU-EXT-03", 1, "t4"), Expect.Finding("HU-EXT-03", 1, "t6"),
            Expect.Finding("HU-EXT-04", 1, "t3"), Expect.Finding("HU-EXT-04", 1, "t4"), Expect.Finding("HU-EXT-04", 1, "t7"));
    }

    [Fact]
    public async Task Assess_VulnerabilitiesFixedLateOrStillOpenOrNotifiedLate_FireVul01WithDaysLateAndVul02()
    {
        // Given: the period ends 100 days after discovery d
        var d = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var end = d.AddDays(100);
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external", from: d.AddDays(-30), until: end)
            .Operations(Ops.Row("log_export", d, "com.a", null, null, "audit1"))
            .Build()
            .WithVulnerabilities(
                Fixed("v1", "critical", d, d.AddDays(7), d.AddDays(21)),                              // on time, notified at 14 d
                Fixed("v2", "critical", d, d.AddDays(7) + Second, d.AddDays(21) + (2 * Second)),       // 1 day late; notified 14 d + 1 s after
                Fixed("v3", "high", d, d.AddDays(31).AddHours(1), null),                                // 1 d 1 h late → 2; never notified
                Fixed("v4", "medium", d, d.AddDays(90) - Second, d.AddDays(90)),
                Fixed("v5", "low", d, d.AddDays(190), d.AddDays(190)),                                  // 10 days late
                new VulnerabilityRow("v6", "high", d),                                                  // open: 100 − 30 = 70 at the end
                new VulnerabilityRow("v7", "low", d),                                                   // open, within 180 d
                new VulnerabilityRow("v8", "critical", end.AddDays(-7)),                                // open, deadline exactly at the end
                Fixed("v9", "High", d, d.AddDays(31), d.AddDays(31)));                                  // severity in any case

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-VUL-01", "HU-VUL-02").Should().BeEquivalentTo(
            Expect.Finding("HU-VUL-01", 1, "v2"), Expect.Finding("HU-VUL-01", 2, "v3"),
            Expect.Finding("HU-VUL-01", 10, "v5"), Expect.Finding("HU-VUL-01", 70, "v6"),
            Expect.Finding("HU-VUL-01", 1, "v9"),
            Expect.Finding("HU-VUL-02", 1, "v2"), Expect.Finding("HU-VUL-02", 1, "v3"));
    }

    [Fact]
    public async Task Assess_RegisterValuesInAnyCaseAndBooleanWords_ExtRulesReadThemAsTheContractSays()
    {
        // Given: result and booleans are vocabularies (any case, 0/否 are false); an empty expiry is an open contract
        var f = T0;
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external").Build()
            .WithRows("operations.csv", TenantOpColumns,
                [Publish("com.u1", f), Publish("com.u2", f), Publish("com.u3", f), Publish("com.u4", f.AddYears(5))])
            .WithTenants(
                TenantRow.Compliant("u1", "com.u1", f) with { Result = "PASS", Consent = "0" },    // EXT-04
                TenantRow.Compliant("u2", "com.u2", f) with { Result = "Fail", Consent = "否" },    // EXT-01, EXT-04
                TenantRow.Compliant("u3", "com.u3", f) with { Consent = "是" },
                TenantRow.Compliant("u4", "com.u4", f) with { ExpiresAt = null });                 // open: a publish 5 years on is fine

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-EXT-01", "HU-EXT-02", "HU-EXT-03", "HU-EXT-04").Should().BeEquivalentTo(
            Expect.Finding("HU-EXT-01", 1, "u2"),
            Expect.Finding("HU-EXT-04", 1, "u1"), Expect.Finding("HU-EXT-04", 1, "u2"));
    }

    [Fact]
    public async Task Assess_NotifiedBeforeTheFixOrOpenAndLateByAFraction_Vul01RoundsUpAndVul02StaysSilent()
    {
        // Given
        var d = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var end = d.AddDays(10);
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external", from: d.AddDays(-30), until: end)
            .Operations(Ops.Row("log_export", d, "com.a", null, null, "audit1"))
            .Build()
            .WithVulnerabilities(
                Fixed("w1", "critical", d, d.AddDays(8), d.AddDays(-1)),                 // notified before the fix: only VUL-01 (1)
                new VulnerabilityRow("w2", "CRITICAL", d.AddDays(3).AddHours(-1)),      // open: 10 − 3 + 1 h − 7 = 1 h → 1
                Fixed("w3", "medium", d, d.AddDays(1), d.AddDays(15) + TimeSpan.FromSeconds(1))); // notified 14 d + 1 s after

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-VUL-01", "HU-VUL-02").Should().BeEquivalentTo(
            Expect.Finding("HU-VUL-01", 1, "w1"), Expect.Finding("HU-VUL-01", 1, "w2"),
            Expect.Finding("HU-VUL-02", 1, "w3"));
    }

    [Fact]
    public async Task Assess_RegistersAsJsonLinesAndTsv_AreReadLikeCsv()
    {
        // Given: tenants as JSON Lines with JSON booleans, vulnerabilities as a tab-separated file
        var f = T0;
        var d = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
        static string Tenant(string id, string app, string consent, DateTimeOffset f) =>
            $"{{\"tenant_id\":\"{id}\",\"app_ids\":\"{app}\",\"qualification_reviewed_at\":\"{CaseFiles.Ts(f.AddDays(-10))}\"," +
            $"\"qualification_result\":\"pass\",\"guide_delivered_at\":\"{CaseFiles.Ts(f.AddDays(-5))}\"," +
            $"\"contract_signed_at\":\"{CaseFiles.Ts(f.AddDays(-5))}\",\"consent_component\":{consent}}}";
        using var dir = new CaseBuilder().WithCaseFile(scenario: "external", from: d, until: d.AddDays(200)).Build()
            .WithRows("operations.csv", TenantOpColumns, [Publish("com.j1", f), Publish("com.j2", f)]);
        File.WriteAllLines(Path.Combine(dir.Path, "tenants.jsonl"), [Tenant("j1", "com.j1", "false", f), Tenant("j2", "com.j2", "true", f)]);
        File.WriteAllLines(Path.Combine(dir.Path, "vulnerabilities.tsv"),
        [
            string.Join('\t', VulnerabilityRow.Columns),
            string.Join('\t', "x1", "high", CaseFiles.Ts(d), CaseFiles.Ts(d.AddDays(35)), CaseFiles.Ts(d.AddDays(35))),
        ]);

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.ExternalProvision).Should().BeEquivalentTo(
            Expect.Finding("HU-EXT-04", 1, "j1"),
            Expect.Finding("HU-VUL-01", 5, "x1"));
    }

    /// <summary>A publish row without a tenant_id (the app alone links it to a tenant).</summary>
    private static WideRow Publish(string appId, DateTimeOffset ts) =>
        Tenant(Ops.Publish(appId, "1.0", appId + "-p" + ts.ToUnixTimeSeconds(), ts), null);

    private static WideRow Tenant(ICaseRow row, string? tenantId) =>
        new(row is WideRow w ? w.Inner : row, new Dictionary<string, string?> { ["tenant_id"] = tenantId });

    private static VulnerabilityRow Fixed(string id, string severity, DateTimeOffset discovered, DateTimeOffset fixedAt, DateTimeOffset? notified) =>
        new(id, severity, discovered) { FixedAt = fixedAt, NotifiedAt = notified };
}
