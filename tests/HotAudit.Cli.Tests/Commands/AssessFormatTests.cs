using FluentAssertions;
using Xunit;

namespace HotAudit.Cli.Tests.Commands;

/// <summary><c>assess --format</c>: comma-separated names, the option repeated, or both, write the union of the reports.</summary>
public sealed class AssessFormatTests : IDisposable
{
    private static readonly string Quickstart = Path.Combine(RepoPaths.Samples, "quickstart");

    private readonly string _out = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "formats-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private async Task<IReadOnlyList<string>> Reports(params string[] formatArgs)
    {
        var exit = await Program.Main(["assess", Quickstart, "--out", _out, "--fail-on", "none", .. formatArgs]);
        exit.Should().Be(0);
        return Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
    }

    [Fact]
    public async Task Main_FormatGivenTwice_WritesBoth()
    {
        var reports = await Reports("--format", "json", "--format", "html");

        reports.Should().Equal("findings.json", "report.html");
    }

    [Fact]
    public async Task Main_FormatCommaSeparated_WritesBoth()
    {
        var reports = await Reports("--format", "json,html");

        reports.Should().Equal("findings.json", "report.html");
    }

    [Fact]
    public async Task Main_FormatRepeatedAndCommaSeparatedOverlapping_WritesTheUnionOnce()
    {
        var reports = await Reports("--format", "json,junit", "--format", "JSON", "--format", "sarif");

        reports.Should().Equal("findings.json", "findings.sarif", "junit.xml");
    }

    [Fact]
    public async Task Main_FormatRepeatedWithAnUnknownOne_Exit2()
    {
        var exit = await Program.Main(["assess", Quickstart, "--out", _out, "--format", "json", "--format", "pdf"]);

        exit.Should().Be(2);
        File.Exists(Path.Combine(_out, "findings.json")).Should().BeFalse();
    }
}
