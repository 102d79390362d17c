using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack governance: HU-GOV-01..06, HU-LOG-01/02, exact subjects and counts, worked out from RULES.md alone.</summary>
public sealed class GovernanceTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Assess_OperationsByUnauthorizedOperators_FiresGov01PerOperatorActionAndPatch()
    {
        // Given: a roster with full timestamps; win1 is valid from T0 to T0 + 24 h inclusive; combo's permissions come
        // from two rows valid at once; combo2's publish right ended a day before T0.
        using var dir = new CaseBuilder()
            .Roster(
                RosterLine.Of("rel1", "publish"), RosterLine.Of("rb1", "rollback"), RosterLine.Of("lead1", "approve"),
                RosterLine.Of("sec1", "review"), RosterLine.Of("boss", "admin"),
                RosterLine.Of("win1", "publish", T0, Hours(24)),
                RosterLine.Of("combo", "approve"), RosterLine.Of("combo", "review"),
                RosterLine.Of("combo2", "upload"), RosterLine.Of("combo2", "publish", validTo: Hours(-24)))
            .Operations(
            [
                Op("publish", "p1", T0, "rel1"), Op("set_active", "p1", Hours(1), "rel1"),   // publish allows set_active
                Op("deactivate", "p1", Hours(2), "rel1"),
                Op("approve", "p1", Hours(3), "rel1"),                                        // fires: no approve right
                Op("set_active", "p1", Hours(4), "rb1"), Op("deactivate", "p1", Hours(5), "rb1"),
                Op("publish", "p2", Hours(6), "rb1"),                                         // fires: rollback is not publish
                Op("approve", "p2", Hours(7), "lead1"), Op("security_review", "p2", Hours(8), "sec1"),
                Op("security_review", "p2", Hours(9), "lead1"),                               // fires: no review right
                Op("publish", "p3", Hours(1), "boss"), Op("approve", "p3", Hours(2), "boss"),   // admin allows all
                Op("security_review", "p3", Hours(3), "boss"), Op("deactivate", "p3", Hours(4), "boss"),
                Op("set_active", "p3", Hours(5), "boss"),
                Op("publish", "p4", T0, "win1"), Op("publish", "p4", Hours(24), "win1"),        // both bounds inclusive
                Op("publish", "p4", T0 - Second, "win1"), Op("publish", "p4", Hours(24) + Second, "win1"), // fires twice
                Op("approve", "p5", Hours(1), "combo"), Op("security_review", "p5", Hours(2), "combo"), // rows combined
                Op("publish", "p5", Hours(3), "combo"),                                       // fires
                Op("set_active", "p6", Hours(-48), "combo2"),                                 // publish right still valid
                Op("publish", "p6", T0, "combo2"),                                            // fires: only upload left
                Op("publish", "p1", Hours(10), "REL1"),                                       // fires: names are case-sensitive
                Op("publish", "p7", Hours(1), "ghost"), Op("publish", "p7", Hours(2), "ghost"), // not on the roster
                Op("set_active", "p7", Hours(3), "ghost"), Op("publish", "p8", Hours(4), "ghost"),
                Op("patch_upload", "p7", Hours(0.5), "ghost"), Op("usage_review", null, Hours(5), "ghost"), // not judged
                Op("approval_request", "p7", Hours(0.6), "ghost"),
                Op("publish", "p9", Hours(6), null),                                          // no operator: empty name
            ])
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-01").Should().BeEquivalentTo(
            Expect.Finding("HU-GOV-01", 1, "rel1", "approve", "p1"),
            Expect.Finding("HU-GOV-01", 1, "rb1", "publish", "p2"),
            Expect.Finding("HU-GOV-01", 1, "lead1", "security_review", "p2"),
            Expect.Finding("HU-GOV-01", 2, "win1", "publish", "p4"),
            Expect.Finding("HU-GOV-01", 1, "combo", "publish", "p5"),
            Expect.Finding("HU-GOV-01", 1, "combo2", "publish", "p6"),
            Expect.Finding("HU-GOV-01", 1, "REL1", "publish", "p1"),
            Expect.Finding("HU-GOV-01", 2, "ghost", "publish", "p7"),
            Expect.Finding("HU-GOV-01", 1, "ghost", "set_active", "p7"),
            Expect.Finding("HU-GOV-01", 1, "ghost", "publish", "p8"),
            Expect.Finding("HU-GOV-01", 1, "", "publish", "p9"));
    }

    [Fact]
    public async Task Assess_NoRosterFile_Gov01SilentAndClause71aInsufficientEvidence()
    {
        // Given: an operator nobody authorized publishes an otherwise clean cycle (so HU-GOV-02/03, also under 7.1 a,
        // stay silent), but there is no roster to judge against
        var cycle = Ops.Cycle("com.a", "5.2.0", "p1", T0).Select(o => o.Action == "publish" ? o with { Operator = "ghost" } : o);
        using var dir = new CaseBuilder().WithCaseFile(scenario: "internal").Operations(cycle).Build();

        // When
        var report = await AssessReport.RunAsync(dir);

        // Then
        report.Result.Rendered("HU-GOV-01", "HU-GOV-02", "HU-GOV-03").Should().BeEmpty();
        report.Verdict("HU 7.1 a").Should().Be("insufficient_evidence");
    }

    [Fact]
    public async Task Assess_PublishWithoutApprovalOrReviewBeforeIt_FiresGov02Gov04AndGov05()
    {
        // Given: every patch of com.a 5.2.0; a review or approval at the publish's instant counts as before it.
        using var dir = new CaseBuilder().Operations(
        [
            Pub("p1", T0), Rev("p1", T0, "pass"), Appr("p1", T0, "approved"),                 // ties, written after: silent
            Rev("p2", Hours(-2), "pass"), Appr("p2", Hours(-1), "rejected"), Pub("p2", T0),   // GOV-02: rejected
            Rev("p3", Hours(-2), "pass"), Pub("p3", T0), Appr("p3", T0 + Second, "approved"), // GOV-02: approved 1 s late
            Appr("p4", Hours(-1), "approved"), Pub("p4", T0),                                  // GOV-04: never reviewed
            Rev("p5", Hours(-3), "fail"), Rev("p5", Hours(-2), "pass"), Appr("p5", Hours(-1), "approved"), Pub("p5", T0),
            Rev("p6", Hours(-3), "pass"), Rev("p6", Hours(-2), "fail"), Appr("p6", Hours(-1), "approved"), Pub("p6", T0), // GOV-05
            Rev("p7", Hours(-2), "pass"), Rev("p7", Hours(-2), "fail"), Appr("p7", Hours(-1), "approved"), Pub("p7", T0), // GOV-05: last in file order
            Rev("p8", Hours(-2), "fail"), Rev("p8", Hours(-2), "pass"), Appr("p8", Hours(-1), "approved"), Pub("p8", T0), // silent
            Rev("p9", Hours(-2), "pass"), Pub("p9", T0), Appr("p9", Hours(1), "approved"), Pub("p9", Hours(2)), // GOV-02: first publish lacks it
            Appr("p10", Hours(-3), "approved"), Rev("p10", Hours(-2), "fail"), Pub("p10", T0),                  // GOV-05 once
            Rev("p10", Hours(1), "pass"), Pub("p10", Hours(2)),
            Appr("p11", Hours(-3), "approved"), Rev("p11", Hours(-2), "pass"), Pub("p11", T0),                  // GOV-05: second publish
            Rev("p11", Hours(1), "fail"), Pub("p11", Hours(2)),
            Appr("p12", Hours(-1), "approved"), Pub("p12", T0), Rev("p12", Hours(1), "pass"),                    // GOV-04: review after
            Rev("p13", Hours(-2), "pass"), Appr("p13x", Hours(-1), "approved"),                                  // GOV-02: other patch's approval
            Op("approve", null, Hours(-1), "lead1") with { Result = "approved", ApprovalId = "AP-p13" }, Pub("p13", T0),
            Rev("p14", Hours(-2), "pass") with { AppId = "com.b" }, Appr("p14", Hours(-1), "approved"), Pub("p14", T0), // linked by patch_id only
            Rev("p15", Hours(-2), "PASS"), Appr("p15", Hours(-1), "Approved"), Pub("p15", T0),                  // vocabulary any case
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-02", "HU-GOV-04", "HU-GOV-05").Should().BeEquivalentTo(
            Expect.Finding("HU-GOV-02", 1, "com.a", "p2"),
            Expect.Finding("HU-GOV-02", 1, "com.a", "p3"),
            Expect.Finding("HU-GOV-02", 1, "com.a", "p9"),
            Expect.Finding("HU-GOV-02", 1, "com.a", "p13"),
            Expect.Finding("HU-GOV-04", 1, "com.a", "p4"),
            Expect.Finding("HU-GOV-04", 1, "com.a", "p12"),
            Expect.Finding("HU-GOV-05", 1, "com.a", "p6"),
            Expect.Finding("HU-GOV-05", 1, "com.a", "p7"),
            Expect.Finding("HU-GOV-05", 1, "com.a", "p10"),
            Expect.Finding("HU-GOV-05", 1, "com.a", "p11"));
    }

    [Fact]
    public async Task Assess_ApproverWhoAlsoUploadedOrPublished_FiresGov03ForPublishedPatchesOnly()
    {
        // Given
        using var dir = new CaseBuilder().Operations(
        [
            Op("patch_upload", "p1", Hours(-3), "dev1"), Appr("p1", Hours(-1), "approved", "dev1"), Op("publish", "p1", T0, "rel1"), // uploader approves
            Op("patch_upload", "p2", Hours(-3), "dev1"), Appr("p2", Hours(-1), "approved", "rel1"), Op("publish", "p2", T0, "rel1"), // publisher approves
            Op("patch_upload", "p3", Hours(-3), "dev1"), Appr("p3", Hours(-1), "approved", "lead1"), Op("publish", "p3", T0, "rel1"), // silent
            Op("patch_upload", "p4", Hours(-3), "dev1"), Appr("p4", Hours(-1), "approved", "dev1"),                                   // never published
            Op("patch_upload", "p5", Hours(-3), "dev2"), Appr("p5", Hours(-1), "approved", "rel1"), Op("publish", "p5", T0, "rel2"), // rel1 published p3, not p5
            Op("patch_upload", "p6", Hours(-3), "dev1"), Appr("p6", Hours(-1), "approved", "ops1"), Op("publish", "p6", T0, "rel1"),
            Op("set_active", "p6", Hours(1), "ops1"),                                                                                 // set_active is neither
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-03").Should().BeEquivalentTo(
            Expect.Finding("HU-GOV-03", 1, "com.a", "p1"),
            Expect.Finding("HU-GOV-03", 1, "com.a", "p2"));
    }

    [Fact]
    public async Task Assess_UsageReviewGapsInThePeriod_FiresGov06CountingGapsLongerThan90Days()
    {
        // Given: points are the period start, the reviews inside it, and its end; exactly 90 days is not a gap.
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var r1 = start.AddDays(90);                 // gap exactly 90 d: silent
        var r2 = r1.AddDays(90) + Second;           // gap 90 d + 1 s: one
        var r3 = r2.AddDays(10);
        var end = r3.AddDays(91);                   // gap 91 d: two
        using var dir = new CaseBuilder().WithCaseFile(from: start, until: end).Operations(
        [
            Op("usage_review", null, start.AddDays(-100), "audit1"),   // outside the period: not a point
            Op("usage_review", null, r1, "audit1"),
            Op("log_export", null, r1.AddDays(45), "audit1"),          // not a review
            Op("usage_review", null, r2, "audit1"),
            Op("usage_review", null, r3, "audit1"),
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then: the log reaches back more than 183 days, so HU-LOG-02 stays silent
        result.Rendered("HU-GOV-06", "HU-LOG-02").Should().BeEquivalentTo(Expect.Finding("HU-GOV-06", 2, "*"));
    }

    [Fact]
    public async Task Assess_IncompletePublishOrUploadRows_FiresLog01PerFileAfterDroppingDuplicates()
    {
        // Given
        var incompleteTwice = Pub("p6", Hours(6)) with { Content = null };
        using var dir = new CaseBuilder()
            .Operations(
            [
                Pub("p1", Hours(1)),                                          // complete
                Pub("p2", Hours(2)) with { Content = null },                  // 1
                Upload("p3", Hours(3)) with { AppVersion = null },            // 2
                Pub("p4", Hours(4)) with { PatchVersion = null },             // 3
                Pub("p5", Hours(5)) with { Operator = null },                 // 4
                incompleteTwice, incompleteTwice,                             // 5: a duplicate counts once
                Pub("p8", Hours(8)) with { Content = null, Operator = null }, // 6: one row, however much it lacks
                Op("set_active", "p7", Hours(7), null) with { AppVersion = null }, // other actions: not judged
                Appr("p7", Hours(7), "approved"),
            ])
            .OperationsFile("operations_2.jsonl", FileFormat.JsonLines, f => f.Add(
                Upload("q1", Hours(1)) with { Content = null },                // 1
                Pub("q2", Hours(2)) with { Content = "   " },                  // 2: blank after trimming is absent
                Pub("q3", Hours(3))))
            .OperationsFile("operations_3.csv", FileFormat.Csv, f => f.Add(Pub("r1", Hours(1)), Upload("r2", Hours(1))))
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-LOG-01").Should().BeEquivalentTo(
            Expect.Finding("HU-LOG-01", 6, "operations.csv"),
            Expect.Finding("HU-LOG-01", 2, "operations_2.jsonl"));
    }

    [Theory]
    [InlineData(1, 182)]       // 183 days less 1 s, rounded down
    [InlineData(0, 0)]         // exactly 183 days: silent
    [InlineData(-86399, 0)]    // 183 days and 23:59:59: still 183
    [InlineData(173 * 86400, 10)]
    public async Task Assess_OperationLogSpanBeforePeriodEnd_FiresLog02BelowOneHundredEightyThreeDays(int secondsAfter183DaysBack, int expectedDays)
    {
        // Given: a rejected row (unknown action) far back must not extend the span
        var end = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var earliest = end.AddDays(-183).AddSeconds(secondsAfter183DaysBack);
        using var dir = new CaseBuilder().WithCaseFile(from: end.AddDays(-365), until: end)
            .OperationsFile("operations.csv", FileFormat.Csv, f => f
                .Reject(Op("frobnicate", null, end.AddDays(-300), "audit1"), "action")
                .Add(Op("log_export", null, earliest, "audit1"), Op("log_export", null, end.AddDays(-1), "audit1")))
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        var expected = expectedDays > 0 ? [Expect.Finding("HU-LOG-02", expectedDays, "*")] : Array.Empty<string>();
        result.Rendered("HU-LOG-02").Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task Assess_ActionInAnyCaseAndOperatorWithSpaces_Gov01ReadsThemAsTheContractSays()
    {
        // Given: actions are a vocabulary (subjects use the lower-case value); values are trimmed
        using var dir = new CaseBuilder()
            .Roster(RosterLine.Of("rel1", "publish"), RosterLine.Of("lead1", "approve"))
            .Operations(
                Op("PUBLISH", "p1", T0, "ghost"),          // fires as action publish
                Op("Publish", "p1", Hours(1), "ghost"),    // same subject: count 2
                Op("publish", "p2", T0, " rel1 "),         // trimmed: rel1 may publish
                Op("Deactivate", "p2", Hours(1), "lead1")) // fires as action deactivate
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-01").Should().BeEquivalentTo(
            Expect.Finding("HU-GOV-01", 2, "ghost", "publish", "p1"),
            Expect.Finding("HU-GOV-01", 1, "lead1", "deactivate", "p2"));
    }

    [Fact]
    public async Task Assess_ReviewAtThePublishInstantOrWithoutResultAndApprovalWithoutResult_Gov02Gov04Gov05AsRulesSay()
    {
        // Given
        using var dir = new CaseBuilder().Operations(
        [
            Rev("p1", Hours(-2), "pass"), Appr("p1", Hours(-1), "approved"), Pub("p1", T0), Rev("p1", T0, "fail"), // latest at the instant: GOV-05
            Rev("p2", Hours(-2), "pass") with { Result = null }, Appr("p2", Hours(-1), "approved"), Pub("p2", T0), // a review all the same: silent
            Rev("p3", Hours(-2), "pass"), Appr("p3", Hours(-1), "approved") with { Result = null }, Pub("p3", T0), // GOV-02
            Rev("p4", Hours(-2), "pass"), Appr("p4", Hours(-1), "approved"), Pub("p4", T0), Rev("p4", T0 + Second, "fail"), // fail after: silent
        ]).Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-02", "HU-GOV-04", "HU-GOV-05").Should().BeEquivalentTo(
            Expect.Finding("HU-GOV-05", 1, "com.a", "p1"),
            Expect.Finding("HU-GOV-02", 1, "com.a", "p3"));
    }

    [Fact]
    public async Task Assess_RejectedRowsAndDuplicateOpIds_DoNotCountInLog01()
    {
        // Given
        using var dir = new CaseBuilder()
            .OperationsFile("operations.csv", FileFormat.Csv, f => f
                .Reject(Pub("p1", Hours(1)) with { Content = null, Result = "maybe" }, "result")  // rejected: not a row of HU-LOG-01
                .Add(Pub("p2", Hours(2)) with { OpId = "op-2" })
                .Add(Pub("p2", Hours(2)) with { OpId = "op-2", Content = null })                 // same op_id: a duplicate, dropped
                .Add(Upload("p3", Hours(3)) with { Action = "Patch_Upload", PatchVersion = null })) // counts: 1
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-LOG-01").Should().BeEquivalentTo(Expect.Finding("HU-LOG-01", 1, "operations.csv"));
    }

    [Fact]
    public async Task Assess_NoUsageReviewInAPeriodOfExactly90DaysOr90DaysAndASecond_Gov06CountsTheWholePeriodAsOneGap()
    {
        // Given: two cases, one period exactly 90 days, one 90 days and a second, no usage_review in either
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var ops = new[] { Op("log_export", null, start.AddDays(-200), "audit1") };
        using var exact = new CaseBuilder().WithCaseFile(from: start, until: start.AddDays(90)).Operations(ops).Build();
        using var longer = new CaseBuilder().WithCaseFile(from: start, until: start.AddDays(90) + Second).Operations(ops).Build();

        // When
        var exactResult = await Assess.RunAsync(exact);
        var longerResult = await Assess.RunAsync(longer);

        // Then
        exactResult.Rendered("HU-GOV-06").Should().BeEmpty();
        longerResult.Rendered("HU-GOV-06").Should().BeEquivalentTo(Expect.Finding("HU-GOV-06", 1, "*"));
    }

    [Fact]
    public async Task Assess_NoCaseFile_PeriodFromEarliestToLatestAcceptedRowOfBothLogsForGov06AndLog02()
    {
        // Given: the operation log spans 60 days, accepted telemetry reaches day 200, a rejected event day 300.
        // Period S..S+200 d: points S, S+60 d (review), S+200 d: one gap of 140 d; 200 days covered: LOG-02 silent.
        var s = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var device = new Device("com.a", "5.2.0", "d1");
        using var dir = new CaseBuilder()
            .Operations(Op("log_export", null, s, "audit1"), Op("usage_review", null, s.AddDays(60), "audit1"))
            .TelemetryFile("telemetry.csv", FileFormat.Csv, f => f
                .Add(device.Check(s.AddDays(200)))
                .Reject(device.Check(s.AddDays(300)) with { Event = "teleport" }, "event"))
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-GOV-06", "HU-LOG-02").Should().BeEquivalentTo(Expect.Finding("HU-GOV-06", 1, "*"));
    }

    private static OperationRow Op(string action, string? patchId, DateTimeOffset ts, string? @operator) =>
        Ops.Row(action, ts, "com.a", "5.2.0", patchId) with { Operator = @operator };

    private static OperationRow Pub(string patchId, DateTimeOffset ts) => Ops.Publish("com.a", "5.2.0", patchId, ts);

    private static OperationRow Upload(string patchId, DateTimeOffset ts) => Ops.Upload("com.a", "5.2.0", patchId, ts);

    private static OperationRow Rev(string patchId, DateTimeOffset ts, string result) =>
        Ops.Review("com.a", "5.2.0", patchId, ts) with { Result = result };

    private static OperationRow Appr(string patchId, DateTimeOffset ts, string result, string @operator = "lead1") =>
        Ops.Approve("com.a", "5.2.0", patchId, ts) with { Result = result, Operator = @operator };
}
