using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Formats;

/// <summary>The one list of report formats: what <c>--format</c> accepts is exactly what gets written, each into its own file.</summary>
public sealed class ReportFormatsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotaudit-formats-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Names => [.. ReportFormats.Names];

    [Fact]
    public void All_NamesAndFileNames_EachOnceInTheDocumentedOrder()
    {
        // Given, When
        var formats = ReportFormats.All;

        // Then
        formats.Select(f => f.Name).Should().Equal("xlsx", "json", "junit", "sarif", "html");
        formats.Select(f => f.FileName).Should().Equal("report.xlsx", "findings.json", "junit.xml", "findings.sarif", "report.html");
        ReportWriter.Formats.Should().Equal(ReportFormats.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Write_OneFormat_WritesItsFileWithWhatItsFormatWrites(string name)
    {
        // Given
        var format = ReportFormats.Find(name.ToUpperInvariant())!;
        using var expected = new MemoryStream();
        format.Write(Some.Result(), expected, "en");

        // When
        var written = ReportWriter.Write(Some.Result(), _dir, [name], "en");

        // Then
        written[0].Should().Be(Path.Combine(_dir, format.FileName));
        var bytes = File.ReadAllBytes(written[0]);
        if (name is "xlsx" or "html")
        {
            // The workbook's zip carries the time it was written (bytes 10-13 of its first entry's header, in 2-second steps:
            // two writes can fall either side of a step) and the page's charts are drawn afresh: same beginning otherwise.
            static IEnumerable<byte> Beginning(byte[] b) => b.Take(10).Concat(b.Skip(14).Take(50));
            Beginning(bytes).Should().Equal(Beginning(expected.ToArray()));
        }
        else
        {
            bytes.Should().Equal(expected.ToArray());
        }
    }

    [Fact]
    public void Find_UnknownName_Null()
    {
        ReportFormats.Find("pdf").Should().BeNull();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
