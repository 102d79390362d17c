using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>Pack distribution-integrity: HU-DST-01..04, exact subjects and counts, worked out from RULES.md alone.</summary>
public sealed class DistributionIntegrityTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static readonly IReadOnlyList<string> TargetedColumns = [.. TelemetryEvent.Columns, "os_version", "attrs"];

    [Fact]
    public async Task Assess_ApplyOnAnAppVersionThePatchWasNotPublishedFor_FiresDst01ForDistinctDevices()
    {
        // Given
        Device A(string id, string version) => new("com.a", version, id);
        using var dir = new CaseBuilder()
            .Operations(
                Pub("p1", "5.2.0", T0, 1), Pub("p2", "5.2.0", T0, 2), Pub("p2", "5.3.0", T0, 1),
                Pub("p4", "5.2.0", T0, 3), Pub("p4", null, Hours(1), 3))   // a publish without a version says nothing
            .Telemetry(
            [
                A("d1", "5.2.0").ApplySuccess("p1", Hours(1)),                                       // published for 5.2.0
                A("d2", "5.3.0").ApplySuccess("p1", Hours(1)),                                       // fires
                A("d3", "5.3.0").ApplySuccess("p1", Hours(1)), A("d3", "5.3.0").ApplySuccess("p1", Hours(2)), // fires once
                A("d4", "5.3.0").ApplySuccess("p2", Hours(1)),                                       // p2 has both versions
                A("d5", "5.3.0").ApplySuccess("p4", Hours(2)),                                       // fires
                A("d6", "5.3.0").ApplyStart("p1", Hours(1)),                                         // apply_start: not judged
                A("d7", "5.3.0").ApplySuccess("p5", Hours(1)),                                       // never published: not this rule
            ])
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-01").Should().BeEquivalentTo(
            Expect.Finding("HU-DST-01", 2, "com.a", "p1"),
            Expect.Finding("HU-DST-01", 1, "com.a", "p4"));
    }

    [Fact]
    public async Task Assess_DownloadMoreThan24HoursAfterThePatchStoppedBeingActive_FiresDst02()
    {
        // Given: 5.2.0: p1 active T0..+10 h, p2 +10 h..+100 h, p1 again +100 h..+200 h (deactivated).
        // 5.3.0: p4 from +0 h, p5 from +150 h, p4 again from +160 h by a set_active without a version (p4's publish says 5.3.0).
        // 5.4.0 (only the manifest says so for p6): p6 from +0 h, p7 from +20 h.
        Device A(string id, string version = "5.2.0") => new("com.a", version, id);
        using var dir = new CaseBuilder()
            .Operations(
                Pub("p1", "5.2.0", T0, 1), Pub("p2", "5.2.0", Hours(10), 2),
                Ops.SetActive("com.a", "5.2.0", "p1", Hours(100)), Ops.Deactivate("com.a", "5.2.0", null, Hours(200)),
                Ops.Upload("com.a", "5.2.0", "p3", T0),
                Pub("p4", "5.3.0", T0, 1), Pub("p5", "5.3.0", Hours(150), 2), Ops.SetActive("com.a", null, "p4", Hours(160)),
                Pub("p6", null, T0, 1), Pub("p7", "5.4.0", Hours(20), 2))
            .Manifest(new ManifestRow { PatchId = "p6", AppId = "com.a", AppVersion = "5.4.0", PatchVersion = "1" })
            .Telemetry(
            [
                A("d1").DownloadStart("p1", Hours(34)),                       // exactly 24 h after p1's stretch ended: silent
                A("d2").DownloadStart("p1", Hours(34) + Second),              // fires
                A("d3").DownloadStart("p1", Hours(5)),                        // active
                A("d4").DownloadComplete("p1", Hours(58)),                    // download_complete: not judged
                A("d5").DownloadStart("p1", Hours(120)),                      // active again
                A("d6").DownloadStart("p2", Hours(124) + Second),             // p2 ended at +100 h: fires
                A("d7").DownloadStart("p2", Hours(50)),                       // active
                A("d8").DownloadStart("p1", Hours(224)),                      // exactly 24 h after the deactivate: silent
                A("d9").DownloadStart("p1", Hours(300)),                      // fires
                A("d10").DownloadStart("p1", Hours(40)),                      // inactive since +10 h at that time: fires
                A("d11").DownloadStart("p3", Hours(300)),                     // never active: not judged
                A("d12", "5.3.0").DownloadStart("p4", Hours(140)),            // 5.2.0's changes do not touch 5.3.0
                A("d13", "5.3.0").DownloadStart("p5", Hours(184) + Second),   // p5 ended at +160 h: fires
                A("d14", "5.3.0").DownloadStart("p4", Hours(170)),            // active again
                A("d15", "5.4.0").DownloadStart("p6", Hours(44) + Second),    // p6 ended at +20 h: fires
            ])
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-02").Should().BeEquivalentTo(
            Expect.Finding("HU-DST-02", 3, "com.a", "p1"),
            Expect.Finding("HU-DST-02", 1, "com.a", "p2"),
            Expect.Finding("HU-DST-02", 1, "com.a", "p5"),
            Expect.Finding("HU-DST-02", 1, "com.a", "p6"));
    }

    [Fact]
    public async Task Assess_DownloadWhoseAttrsDoNotSatisfyTheCondition_FiresDst03ForDistinctDevices()
    {
        // Given
        using var dir = new CaseBuilder()
            .Operations(
                Cond("c1", "iOS>9.0 || userId == 200758 && role == 1", 1),
                Cond("c2", "region != \"cn\"", 2),
                Cond("c3", "!role == 1 && vip", 3),
                Cond("c4", "os_version >= 14 || region > \"a\"", 4),
                Cond("c5", "Platform == \"ios\"", 5),
                Cond("c6", "role == 1", 6), Pub("c6", "5.2.0", Hours(10), 7),        // re-published in full at +10 h
                Pub("c8", "5.2.0", T0, 8) with { Condition = "role == 1" },          // full: its condition is not read
                Cond("c9", null, 9))                                                  // conditional without a condition
            .Build()
            .WithRows("telemetry_targeted.csv", TargetedColumns,
            [
                // c1: `&&` binds tighter; iOS means os_version on an ios device; versions compare part by part
                Dl("a1", "c1", Hours(1), "ios", "10.3.1", null),
                Dl("a2", "c1", Hours(1), "ios", "9.0", "userId=200758;role=1"),
                Dl("a3", "c1", Hours(1), "ios", "9.0", "userId=200758;role=2"),                 // fires
                Dl("a4", "c1", Hours(1), "android", "12", null),                                // fires: iOS has no value
                Dl("a5", "c1", Hours(1), "ios", "10.0", null),                                  // 10.0 > 9.0 part by part
                Dl("a6", "c1", Hours(1), "android", "12", "{\"userId\":200758,\"role\":1}"),  // attrs as a JSON object
                Dl("a7", "c1", Hours(1), "android", "12", "{\"userId\":\"200758\",\"role\":\"1\"}"),
                Dl("a8", "c1", Hours(1), "android", "12", "userId=200758;role=1"),
                // c2: a missing value makes `!=` true; string comparison is case-sensitive
                Dl("b1", "c2", Hours(1), "android", "12", null),
                Dl("b2", "c2", Hours(1), "android", "12", "region=cn"),                         // fires
                Dl("b3", "c2", Hours(1), "android", "12", "region=CN"),
                Dl("b4", "c2", Hours(1), "android", "12", "region=us"),
                // c3: `!` applies to the comparison after it; a bare identifier needs a true boolean word
                Dl("e1", "c3", Hours(1), "android", "12", "role=2;vip=true"),
                Dl("e2", "c3", Hours(1), "android", "12", "role=1;vip=true"),                   // fires
                Dl("e3", "c3", Hours(1), "android", "12", "role=2;vip=false"),                  // fires
                Dl("e4", "c3", Hours(1), "android", "12", "role=2"),                            // fires
                Dl("e5", "c3", Hours(1), "android", "12", "vip=yes"),
                // c4: the row's own column; ordering of non-versions is false
                Dl("f1", "c4", Hours(1), "android", "15", null),
                Dl("f2", "c4", Hours(1), "android", "13", "region=b"),                          // fires
                // c5: a column named case-insensitively
                Dl("g1", "c5", Hours(1), "ios", "17.2", null),
                Dl("g2", "c5", Hours(1), "android", "14", null),                                // fires
                // c6: the latest publish at or before the download, else the first
                Dl("h1", "c6", Hours(5), "android", "14", "role=2"),                            // fires
                Dl("h2", "c6", Hours(10), "android", "14", "role=2"),                           // under the full publish
                Dl("h3", "c6", Hours(-1), "android", "14", "role=2"),                           // before any: the first, fires
                // decoys
                Dl("i1", "c8", Hours(1), "android", "14", "role=2"),
                Dl("i2", "c9", Hours(1), "android", "14", "role=2"),
                Dl("i3", "c2", Hours(1), "android", "14", "region=cn", "download_complete"),
            ]);

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-03").Should().BeEquivalentTo(
            Expect.Finding("HU-DST-03", 2, "com.a", "c1"),
            Expect.Finding("HU-DST-03", 1, "com.a", "c2"),
            Expect.Finding("HU-DST-03", 3, "com.a", "c3"),
            Expect.Finding("HU-DST-03", 1, "com.a", "c4"),
            Expect.Finding("HU-DST-03", 1, "com.a", "c5"),
            Expect.Finding("HU-DST-03", 2, "com.a", "c6"));
    }

    [Fact]
    public async Task Assess_ConditionThatDoesNotParse_NoDst03AndADataQualityIssue()
    {
        // Given
        using var dir = new CaseBuilder()
            .Operations(Cond("c7", "role == (1", 1))
            .Build()
            .WithRows("telemetry_targeted.csv", TargetedColumns, [Dl("a1", "c7", Hours(1), "android", "14", "role=2")]);

        // When
        var report = await AssessReport.RunAsync(dir);

        // Then
        report.Result.Rendered("HU-DST-03").Should().BeEmpty();
        report.Issues.Should().ContainSingle(i => i.Contains("operations.csv") && i.Contains("condition"),
            "the unparsable condition of operations.csv line 2 is a data-quality issue");
        report.Result.Rejected.Should().Be(0, "an unparsable condition does not reject its row");
    }

    [Fact]
    public async Task Assess_PublishWhosePatchVersionIsNotAboveEveryEarlierOne_FiresDst04()
    {
        // Given: time order decides, not file order; per app version
        using var dir = new CaseBuilder().Operations(
            Pub("p1", "5.2.0", T0, 1), Pub("p2", "5.2.0", Hours(1), 2),
            Pub("p3", "5.2.0", Hours(2), 2),                                    // equal: fires
            Pub("p4", "5.2.0", Hours(3), 1),                                    // lower: fires
            Pub("p5", "5.2.0", Hours(4), 5),
            Pub("p1", "5.2.0", Hours(5), 1),                                    // re-publish: fires
            Pub("p6", "5.2.0", Hours(6), 0) with { PatchVersion = "beta" },     // not an integer: not judged
            Pub("p7", "5.2.0", Hours(7), 6),
            Pub("p7", "5.2.0", Hours(8), 6),                                    // re-publish of the highest: fires
            Ops.SetActive("com.a", "5.2.0", "p2", Hours(9)),                    // not a publish
            Pub("p8", "5.3.0", Hours(1), 1),                                    // another app version starts afresh
            Pub("p9", "5.4.0", Hours(20), 10), Pub("p10", "5.4.0", Hours(19), 9)) // written out of time order: silent
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered(RulePacks.DistributionIntegrity).Should().BeEquivalentTo(
            Expect.Finding("HU-DST-04", 1, "com.a", "p3"),
            Expect.Finding("HU-DST-04", 1, "com.a", "p4"),
            Expect.Finding("HU-DST-04", 1, "com.a", "p1"),
            Expect.Finding("HU-DST-04", 1, "com.a", "p7"));
    }

    [Fact]
    public async Task Assess_ParenthesesNegatedGroupsBooleanWordsAndAttrsBeforeColumns_Dst03AsTheGrammarSays()
    {
        // Given
        using var dir = new CaseBuilder()
            .Operations(
                Cond("k1", "!(role == 1 || region == \"cn\")", 1),
                Cond("k2", "platform == \"ios\"", 2),                         // attrs win over the row's column
                Cond("k3", "vip", 3),                                          // boolean words of the contract
                Cond("k4", "Android >= 12 && Android < 14", 4),
                Cond("k5", "role == \"1\"", 5),                               // "1" and 1 both read as versions
                Cond("k6", "(iOS > 9.0 || role == 1) && region == \"cn\"", 6))
            .Build()
            .WithRows("telemetry_targeted.csv", TargetedColumns,
            [
                Dl("a1", "k1", Hours(1), "android", "14", "role=2;region=us"),
                Dl("a2", "k1", Hours(1), "android", "14", "role=1;region=us"),       // fires
                Dl("a3", "k1", Hours(1), "android", "14", "role=2;region=cn"),       // fires
                Dl("a4", "k1", Hours(1), "android", "14", null),                     // both false, negated: true
                Dl("b1", "k2", Hours(1), "ios", "17.2", "platform=harmony"),         // fires: attrs say harmony
                Dl("b2", "k2", Hours(1), "android", "14", "platform=ios"),
                Dl("c1", "k3", Hours(1), "android", "14", "vip=1"),
                Dl("c2", "k3", Hours(1), "android", "14", "vip=是"),
                Dl("c3", "k3", Hours(1), "android", "14", "vip=TRUE"),
                Dl("c4", "k3", Hours(1), "android", "14", "vip=maybe"),              // fires: not a boolean word
                Dl("c5", "k3", Hours(1), "android", "14", "vip=0"),                  // fires
                Dl("d1", "k4", Hours(1), "android", "12", null),
                Dl("d2", "k4", Hours(1), "android", "13.1.2", null),
                Dl("d3", "k4", Hours(1), "android", "14", null),                     // fires
                Dl("d4", "k4", Hours(1), "android", "11.9", null),                   // fires
                Dl("d5", "k4", Hours(1), "ios", "13", null),                         // fires: Android has no value on ios
                Dl("e1", "k5", Hours(1), "android", "14", "role=1"),
                Dl("e2", "k5", Hours(1), "android", "14", "{\"role\":1}"),
                Dl("e3", "k5", Hours(1), "android", "14", "role=2"),                 // fires
                Dl("f1", "k6", Hours(1), "ios", "10", "region=cn"),
                Dl("f2", "k6", Hours(1), "android", "10", "role=1;region=cn"),
                Dl("f3", "k6", Hours(1), "ios", "10", "region=us"),                  // fires
                Dl("f4", "k6", Hours(1), "android", "10", "region=cn"),              // fires
            ]);

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-03").Should().BeEquivalentTo(
            Expect.Finding("HU-DST-03", 2, "com.a", "k1"),
            Expect.Finding("HU-DST-03", 1, "com.a", "k2"),
            Expect.Finding("HU-DST-03", 2, "com.a", "k3"),
            Expect.Finding("HU-DST-03", 3, "com.a", "k4"),
            Expect.Finding("HU-DST-03", 1, "com.a", "k5"),
            Expect.Finding("HU-DST-03", 2, "com.a", "k6"));
    }

    [Fact]
    public async Task Assess_DeactivateNamingAnotherPatchOrNoVersion_EndsWhicheverIsActiveForDst02()
    {
        // Given: p1 active from T0; a deactivate naming p9 (not active) still ends p1 at +1 h; p2 active from +2 h,
        // ended at +3 h by a deactivate with no app_version (p2's publish says 5.2.0).
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder()
            .Operations(
                Pub("p1", "5.2.0", T0, 1), Ops.Deactivate("com.a", "5.2.0", "p9", Hours(1)),
                Pub("p2", "5.2.0", Hours(2), 2), Ops.Deactivate("com.a", null, "p2", Hours(3)),
                Pub("p9", "5.3.0", T0, 1))
            .Telemetry(
                A("d1").DownloadStart("p1", Hours(25) + Second),    // fires
                A("d2").DownloadStart("p2", Hours(27) + Second),    // fires
                A("d3").DownloadStart("p2", Hours(27)),             // exactly 24 h: silent
                A("d4").OnVersion("5.3.0").DownloadStart("p9", Hours(30))) // p9 of 5.3.0 is still active
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-02").Should().BeEquivalentTo(
            Expect.Finding("HU-DST-02", 1, "com.a", "p1"),
            Expect.Finding("HU-DST-02", 1, "com.a", "p2"));
    }

    [Fact]
    public async Task Assess_JsonLinesTelemetryWithAttrsAsANestedObject_Dst03ReadsItsJsonText()
    {
        // Given: JSON Lines keeps a nested value as its JSON text, which is an attrs JSON object
        static string Line(string device, string attrs) =>
            "{\"ts\":\"2026-06-01T10:00:00+08:00\",\"app_id\":\"com.a\",\"app_version\":\"5.2.0\",\"platform\":\"android\"," +
            $"\"device_id\":\"{device}\",\"event\":\"download_start\",\"patch_id\":\"c1\",\"app_state\":\"foreground\"," +
            $"\"transport\":\"https\",\"tls_version\":\"1.3\",\"os_version\":\"14\",\"attrs\":{attrs}}}";
        using var dir = new CaseBuilder()
            .Operations(Cond("c1", "userId == 200758 && role == 1", 1))
            .TelemetryFile("telemetry.jsonl", FileFormat.JsonLines, f => f
                .Raw(Line("j1", "{\"userId\":200758,\"role\":1}"), null)
                .Raw(Line("j2", "{\"userId\":200758,\"role\":2}"), null)      // fires
                .Raw(Line("j3", "{\"userId\":\"200758\",\"role\":true}"), null)) // fires: true is no version
            .Build();

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-03").Should().BeEquivalentTo(Expect.Finding("HU-DST-03", 2, "com.a", "c1"));
        result.Rejected.Should().Be(0);
    }

    [Fact]
    public async Task Assess_IdentifierFromAnUnknownColumnOfTheRow_Dst03UsesItAfterAttrs()
    {
        // Given: `region` is no contract column of telemetry: it is kept as an extra attribute of the row
        IReadOnlyList<string> columns = [.. TargetedColumns, "Region"];
        ICaseRow Row(string device, string? region, string? attrs) =>
            new WideRow(Dl(device, "c1", Hours(1), "android", "14", attrs), new Dictionary<string, string?> { ["Region"] = region });
        using var dir = new CaseBuilder()
            .Operations(Cond("c1", "region == \"cn\"", 1))
            .Build()
            .WithRows("telemetry_targeted.csv", columns,
            [
                Row("r1", "cn", null),              // column, matched case-insensitively
                Row("r2", "us", null),              // fires
                Row("r3", "us", "region=cn"),       // attrs first
                Row("r4", "cn", "region=us"),       // fires: attrs first
            ]);

        // When
        var result = await Assess.RunAsync(dir);

        // Then
        result.Rendered("HU-DST-03").Should().BeEquivalentTo(Expect.Finding("HU-DST-03", 2, "com.a", "c1"));
    }

    private static OperationRow Pub(string patchId, string? appVersion, DateTimeOffset ts, int patchVersion) =>
        Ops.Publish("com.a", appVersion ?? "x", patchId, ts, patchVersion) with { AppVersion = appVersion };

    private static OperationRow Cond(string patchId, string? condition, int patchVersion) =>
        Pub(patchId, "5.2.0", T0, patchVersion) with { Distribution = "conditional", Condition = condition };

    private static WideRow Dl(string deviceId, string patchId, DateTimeOffset ts, string platform, string osVersion,
        string? attrs, string @event = "download_start")
    {
        var device = new Device("com.a", "5.2.0", deviceId);
        var e = (@event == "download_start" ? device.DownloadStart(patchId, ts) : device.DownloadComplete(patchId, ts)) with { Platform = platform };
        return new WideRow(e, new Dictionary<string, string?> { ["os_version"] = osVersion, ["attrs"] = attrs });
    }
}
