using System.Text;
using System.Xml.Linq;
using FluentAssertions;
using HotAudit.Core.Findings;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Junit;

public sealed class JunitWriterTests
{
    private static XElement Suite(Core.Assessment.AssessmentResult result) =>
        XDocument.Parse(Encoding.UTF8.GetString(JunitWriter.ToBytes(result))).Root!.Element("testsuite")!;

    private static XElement Case(XElement suite, string clause) =>
        suite.Elements("testcase").Single(c => c.Attribute("name")!.Value.StartsWith(clause + " ", StringComparison.Ordinal));

    [Fact]
    public void Write_SampleResult_MatchesSnapshot()
    {
        Snapshot.Match("junit.xml.txt", Encoding.UTF8.GetString(JunitWriter.ToBytes(Some.Result())));
    }

    [Fact]
    public void Write_SampleResult_OneCasePerClauseWithRightCounts()
    {
        // When
        var suite = Suite(Some.Result());

        // Then: 6 a conformant (attested), 6 c manual, 6 d conformant (only waived), 7.1 a n/a, 7.1 b insufficient, 7.2 f
        // observation; then the run's cases: the unreadable tenants.xlsx is an error, the high finding fails the gate
        suite.Attribute("name")!.Value.Should().Be("HotAudit TAF-HU case-设备-7 (external)");
        suite.Elements("testcase").Where(c => c.Attribute("classname")!.Value != "hotaudit").Should().HaveCount(6);
        suite.Elements("testcase").Where(c => c.Attribute("classname")!.Value == "hotaudit").Select(c => c.Attribute("name")!.Value)
            .Should().Equal("inputs readable", "fail-on high");
        suite.Attribute("tests")!.Value.Should().Be("8");
        suite.Attribute("failures")!.Value.Should().Be("1");
        suite.Attribute("errors")!.Value.Should().Be("1");
        suite.Attribute("skipped")!.Value.Should().Be("3");
        Case(suite, "HU 6 d").Attribute("classname")!.Value.Should().Be("TAF-HU");
        Case(suite, "HU 6 d").Attribute("name")!.Value.Should().Be("HU 6 d Secure transport protocol");
    }

    [Fact]
    public void Write_ObservationClause_PassesWithFindingsInSystemOut()
    {
        // When
        var observation = Case(Suite(Some.Result()), "HU 7.2 f");

        // Then
        observation.Elements().Select(e => e.Name.LocalName).Should().Equal("system-out");
        observation.Element("system-out")!.Value.Should().Contain("HU-SIL-01 app_id=com.example.shop, app_version=3.2.1, patch_id=p-42 (count 17)");
    }

    [Fact]
    public void Write_ManualInsufficientAndNotApplicable_SkippedWithReason()
    {
        // When
        var suite = Suite(Some.Result());

        // Then
        Case(suite, "HU 6 c").Element("skipped")!.Attribute("message")!.Value.Should().Be("manual: needs an attestation");
        Case(suite, "HU 7.1 b").Element("skipped")!.Attribute("message")!.Value.Should().Be("insufficient_evidence: operation log covers 7 days");
        Case(suite, "HU 7.1 a").Element("skipped")!.Attribute("message")!.Value.Should().Be("not_applicable: internal scenario only");
    }

    [Fact]
    public void Write_NonconformantClause_FailureListsOpenFindingsAndEscapesMarkup()
    {
        // Given: the 7.2 f finding made nonconformant, with a subject value full of markup and a control character
        var result = Some.Result();
        var finding = result.Findings[0] with { Subject = [new SubjectValue("app_id", "<a & \"b\"\u0001>"), .. result.Findings[0].Subject.Skip(1)] };
        var clause = result.Clauses[5] with { Verdict = Core.Clauses.Verdict.Nonconformant, Findings = [finding] };
        result = result with { Clauses = [.. result.Clauses.Take(5), clause] };

        // When
        var suite = Suite(result);

        // Then: the clause and the --fail-on gate
        suite.Attribute("failures")!.Value.Should().Be("2");
        var failure = Case(suite, "HU 7.2 f").Element("failure")!;
        failure.Attribute("message")!.Value.Should().Be("nonconformant: HU-SIL-01 app_id=<a & \"b\"\uFFFD>, app_version=3.2.1, patch_id=p-42 (count 17)");
        failure.Value.Should().Contain("first evidence telemetry-2026w18.csv:120");
    }

    [Fact]
    public void Write_SubjectWithALoneSurrogate_ReplacementCharacterNotAnException()
    {
        // Given: a subject value cut in the middle of an emoji (a lone high surrogate), which XML cannot carry
        var result = Some.Result();
        var finding = result.Findings[0] with { Subject = [new SubjectValue("app_id", "app" + '\uD83D'), .. result.Findings[0].Subject.Skip(1)] };
        var clause = result.Clauses[5] with { Verdict = Core.Clauses.Verdict.Nonconformant, Findings = [finding] };
        result = result with { Clauses = [.. result.Clauses.Take(5), clause] };

        // When
        var suite = Suite(result);

        // Then
        Case(suite, "HU 7.2 f").Element("failure")!.Attribute("message")!.Value.Should().Contain("app_id=app\uFFFD,");
    }
}
