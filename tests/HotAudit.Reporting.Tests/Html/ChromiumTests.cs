using System.Text.RegularExpressions;
using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Html;

public sealed class ChromiumTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotaudit-html-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [ChromiumFact]
    public async Task DumpDom_HostileReport_ClauseTableAndChartsAndNoInjectedElement()
    {
        var file = ReportWriter.Write(HostileResult.Build(), _dir, ["html"]).Single();

        var dom = await Chromium.DumpDomAsync(file);

        dom.Should().Contain("<table id=\"clauses\">");
        Regex.Matches(dom, "<svg[ >]").Count.Should().BeGreaterThanOrEqualTo(4, "two summary charts and two daily charts per app");
        Regex.IsMatch(dom, "<img[\\s>]", RegexOptions.IgnoreCase).Should().BeFalse("a device id is text, never an element");
        Regex.IsMatch(dom, "<script[\\s>]", RegexOptions.IgnoreCase).Should().BeFalse();
        dom.Should().Contain("&lt;img src=x onerror=alert(1)&gt;");
    }
}
