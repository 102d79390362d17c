using FluentAssertions;
using HotAudit.Worker.Web;
using HotAudit.History;
using Xunit;

namespace HotAudit.Worker.Tests;

/// <summary>The web view's index and error pages: both languages, times in the configured zone, a trend only from two runs.</summary>
public sealed class WebPageTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);

    private static RunSummary Run(long id, string caseName, DateTimeOffset started) => new(
        id, caseName, "inbox", started, started.AddMinutes(1), "ab", "nonconformant", "B1", new SeverityCounts(0, 2, 1, 0, 0), 1, 0, 0, "/reports/" + caseName);

    [Fact]
    public void Render_ShanghaiZone_TimesWithTheirOffset()
    {
        var html = WebPage.Render([Run(1, "news", Now)], Now, Shanghai);

        html.Should().Contain("<td>2026-12-06T10:00:00+08:00</td>").And.Contain("2026-12-06T10:00:00+08:00 (Asia/Shanghai)").And.NotContain("02:00:00Z");
    }

    [Fact]
    public void Render_OneRun_NoChartTwoRuns_Chart()
    {
        var one = WebPage.Render([Run(1, "news", Now)], Now, TimeZoneInfo.Utc);
        var two = WebPage.Render([Run(1, "news", Now), Run(2, "news", Now.AddDays(1))], Now, TimeZoneInfo.Utc);

        one.Should().NotContain("<svg", "a single run has no trend to draw");
        two.Should().Contain("<svg");
    }

    [Fact]
    public void Render_Run_HeadersAndVerdictInBothLanguages()
    {
        var html = WebPage.Render([Run(1, "news", Now)], Now, TimeZoneInfo.Utc);

        html.Should().Contain("<th>开始时间 / started</th>").And.Contain("<th>高 / high</th>").And.Contain("<td>不符合 / nonconformant</td>")
            .And.NotContain("<td>nonconformant</td>");
    }

    [Fact]
    public void Error_Gone_SaysWhyInBothLanguagesAndLinksBack()
    {
        var html = WebPage.Error(410, "已被覆盖。", "Replaced.");

        html.Should().Contain("<h1>410</h1>").And.Contain("<p>已被覆盖。</p>").And.Contain("<p>Replaced.</p>").And.Contain("<a href=\"/\">")
            .And.NotContain("token", "links never carry the token: the browser holds it in a cookie");
    }
}
