using System.Xml.Linq;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;
using static HotAudit.Reporting.Tests.Support.HtmlDocument;

namespace HotAudit.Reporting.Tests.Html;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Render_SampleResult_WellFormedWithClauseTableAndCharts()
    {
        var doc = Parse(HtmlReportWriter.Render(Some.Result()));

        var clauses = doc.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("id") == "clauses");
        clauses.Element(Xhtml + "tbody")!.Elements(Xhtml + "tr").Should().HaveCount(6);
        clauses.Descendants(Xhtml + "td").Select(td => td.Value).Should().Contain(["HU 7.2 f", "观察项", "证据不足"]);
        doc.Descendants(Xhtml + "figure").Select(f => (string?)f.Attribute("id")).Should().Contain(["chart-verdicts", "chart-severities"]);
        doc.Descendants(Svg + "svg").Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Render_SampleResult_SummaryHoldsTesterCodeAndFindingsHoldEvidence()
    {
        var doc = Parse(HtmlReportWriter.Render(Some.Result(), "en"));

        doc.Root!.Attribute("lang")!.Value.Should().Be("en");
        doc.Descendants().Single(e => (string?)e.Attribute("id") == "tester-code").Element(Xhtml + "strong")!.Value.Should().Be("B0");
        doc.Descendants(Xhtml + "article").Should().HaveCount(3);
        doc.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("id") == "evidence-1")
            .Descendants(Xhtml + "td").Select(td => td.Value).Should().Contain(["telemetry-2026w18.csv", "120", "device_id=dev-001; event=patch_apply"]);
        doc.Descendants(Xhtml + "h1").Single().Value.Should().StartWith("HotAudit hot-update compliance report / ");
    }

    [Fact]
    public void Render_MarkupInInputs_TextNeverElements()
    {
        var html = HtmlReportWriter.Render(HostileResult.Build());
        var doc = Parse(html);

        doc.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["img", "script"]);
        doc.Descendants(Xhtml + "td").Select(td => td.Value).Should().Contain(v => v.Contains(HostileResult.DeviceId));
        doc.Descendants(Xhtml + "li").Select(li => li.Value).Should().Contain(HostileResult.DeviceId);
        html.Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("\u0001");
    }

    [Fact]
    public void Render_Anomalies_DailyChartPerAppAndFlaggedDays()
    {
        var doc = Parse(HtmlReportWriter.Render(HostileResult.Build()));

        var section = doc.Descendants(Xhtml + "section").Single(s => (string?)s.Attribute("id") == "anomalies");
        section.Descendants(Xhtml + "figure").Should().HaveCount(4, "publishes and shares for each of the two apps");
        section.Descendants(Svg + "svg").Should().HaveCount(4);
        section.Descendants(Xhtml + "p").Where(p => (string?)p.Attribute("class") == "flagged-days").Select(p => p.Value)
            .Should().Contain(v => v.EndsWith(": 2026-05-04"));
    }

    [Fact]
    public void Render_AnyResult_SelfContainedWithoutScript()
    {
        var html = HtmlReportWriter.Render(HostileResult.Build());
        var doc = Parse(html);

        doc.Descendants().Where(e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object").Should().BeEmpty();
        doc.Descendants().Attributes().Where(a => a.Name.LocalName is "src" or "href").Select(a => a.Value)
            .Where(v => !v.StartsWith('#')).Should().BeEmpty();
        html.Should().NotContain("@import");
        System.Text.RegularExpressions.Regex.IsMatch(html, "url\\((?!#chart-)").Should().BeFalse("only references inside the page");
        doc.Descendants().Attributes("id").GroupBy(a => a.Value).Where(g => g.Count() > 1).Should().BeEmpty("ids are unique across charts");
    }

    [Theory]
    [InlineData("zh-CN", ExplainedResult.Chinese)]
    [InlineData("en", ExplainedResult.English)]
    public void Render_FlaggedDay_ExplanationInTheReportsLanguage(string lang, string expected)
    {
        var doc = Parse(HtmlReportWriter.Render(ExplainedResult.Build(), lang));

        var flagged = doc.Descendants(Xhtml + "table").Single(t => (string?)t.Attribute("id") == "anomalies-flagged");

        flagged.Descendants(Xhtml + "td").Select(td => td.Value).Should().Contain(expected);
    }
}
