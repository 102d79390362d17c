using FluentAssertions;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hotaudit-report-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void Write_BothFormats_WritesBothAndNoTempFileLeft()
    {
        var paths = ReportWriter.Write(Some.Result(), _dir, ["xlsx", "JSON"]);

        paths.Should().Equal(Path.Combine(_dir, "report.xlsx"), Path.Combine(_dir, "findings.json"), Path.Combine(_dir, "rejections.csv"));
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("report.xlsx", "findings.json", "rejections.csv");
        File.ReadAllBytes(paths[1]).Should().Equal(FindingsJsonWriter.ToBytes(Some.Result()));
    }

    [Fact]
    public void Write_ExistingReport_Replaced()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "findings.json"), "old and much longer than nothing at all");
        File.WriteAllText(Path.Combine(_dir, "report.xlsx"), "old");

        ReportWriter.Write(Some.Result(), _dir, ["json", "xlsx"]);

        File.ReadAllText(Path.Combine(_dir, "findings.json")).Should().StartWith("{\n  \"schema\": \"hotaudit/findings/v1\"");
        using var wb = WorkbookDump.Load(File.ReadAllBytes(Path.Combine(_dir, "report.xlsx")));
        wb.Worksheets.Should().HaveCount(10);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo("report.xlsx", "findings.json", "rejections.csv");
    }

    [Fact]
    public void Write_WorkbookOfACaseWithRejections_EveryRejectedRowInTheCsvBesideIt()
    {
        var result = Some.Result();

        ReportWriter.Write(result, _dir, ["xlsx"]);

        var lines = File.ReadAllLines(Path.Combine(_dir, "rejections.csv"));
        lines.Should().HaveCount(result.DataQuality.Rejections.Count + 1);
        lines[0].TrimStart('\uFEFF').Should().Be("file,line,field,reason");
    }

    [Fact]
    public void Write_JsonOnly_NoRejectionsCsv()
    {
        ReportWriter.Write(Some.Result(), _dir, ["json"]);

        File.Exists(Path.Combine(_dir, "rejections.csv")).Should().BeFalse("the CSV goes beside the workbook, whose Data quality sheet groups the rows");
    }

    [Fact]
    public void Write_Html_WritesReportHtmlInTheChosenLanguage()
    {
        var path = ReportWriter.Write(Some.Result(), _dir, ["HTML"], "en").Single();

        path.Should().Be(Path.Combine(_dir, "report.html"));
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>").And.Contain("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        Directory.GetFiles(_dir).Should().Equal(path);
    }

    [Fact]
    public void Write_UnknownFormat_ThrowsAndWritesNothing()
    {
        var act = () => ReportWriter.Write(Some.Result(), _dir, ["json", "pdf"]);

        act.Should().Throw<ArgumentException>().WithMessage("*pdf*");
        Directory.Exists(_dir).Should().BeFalse();
    }

    [Fact]
    public void AtomicWrite_WriterFailsHalfway_OldFileKeptAndNoTempLeft()
    {
        Directory.CreateDirectory(_dir);
        var target = Path.Combine(_dir, "findings.json");
        File.WriteAllText(target, "previous report");

        var act = () => AtomicFile.Write(target, s =>
        {
            s.Write("partial"u8);
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>();
        File.ReadAllText(target).Should().Be("previous report");
        Directory.GetFiles(_dir).Should().Equal(target);
    }
}
