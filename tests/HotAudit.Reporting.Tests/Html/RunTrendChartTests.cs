using System.Xml.Linq;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Html;

public sealed class RunTrendChartTests
{
    [Fact]
    public void Svg_TwoChartsWithMarkupInTitle_WellFormedTextTitleAndIdsScopedToEach()
    {
        IReadOnlyList<(string, IReadOnlyList<int>)> runs = [("05-01", [1, 2, 0, 0, 0]), ("05-02", [0, 1, 3, 0, 1])];

        var page = $"<div xmlns=\"http://www.w3.org/1999/xhtml\">{RunTrendChart.Svg("a & <b>", runs, "case-1")}{RunTrendChart.Svg("c", runs, "case-2")}</div>";

        var doc = HtmlDocument.Parse(page);
        doc.Descendants(HtmlDocument.Svg + "svg").Should().HaveCount(2);
        doc.Descendants().Should().NotContain(e => e.Name.LocalName == "b", "a title (a case name) is text in the SVG");
        var ids = doc.Descendants().Attributes("id").Select(a => a.Value).ToList();
        ids.Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("case-1-") || id.StartsWith("case-2-"));
    }
}
