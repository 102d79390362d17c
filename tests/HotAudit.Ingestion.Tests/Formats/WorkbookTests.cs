using ClosedXML.Excel;
using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class WorkbookTests
{
    [Fact]
    public void Read_XlsxWithKindSheet_ReadsTypedCells()
    {
        using var tc = new TempCase();
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("notes").Cell(1, 1).Value = "not this sheet";
            var ws = wb.AddWorksheet("Telemetry");
            string[] header = ["时间", "app_id", "app_version", "device_id", "event", "user_initiated", "patch_version", "region"];
            for (var c = 0; c < header.Length; c++)
            {
                ws.Cell(1, c + 1).Value = header[c];
            }
            ws.Cell(2, 1).Value = new DateTime(2026, 5, 1, 9, 30, 0);
            ws.Cell(3, 1).Value = 1792685137432d;
            ws.Cell(5, 1).Value = "2026-05-02";
            foreach (var r in new[] { 2, 3, 5 })
            {
                ws.Cell(r, 2).Value = "a";
                ws.Cell(r, 3).Value = "1.0";
                ws.Cell(r, 4).Value = "d" + r;
                ws.Cell(r, 5).Value = "launch";
                ws.Cell(r, 6).Value = true;
                ws.Cell(r, 7).Value = 3;
            }
            ws.Cell(5, 5).Value = "bogus";
            ws.Cell(2, 8).Value = "cn";
            wb.SaveAs(tc.Path("telemetry.xlsx"));
        }

        var (result, sink, symbols) = tc.Read();

        result.Files[0].Should().Match<Core.Quality.InputFileReport>(f => f.Format == "xlsx" && f.Encoding == "xlsx" && f.Rows == 3);
        sink.Records.Select(r => r.Line).Should().Equal(2, 3);
        sink.Records[0].Ts.Should().Be(new DateTime(2026, 5, 1, 1, 30, 0).Ticks);
        sink.Records[1].Ts.Should().Be(DateTime.UnixEpoch.Ticks + 1792685137432 * TimeSpan.TicksPerMillisecond);
        sink.Records[0].Telemetry(symbols, "user_initiated").Should().Be("true");
        sink.Records[0].Telemetry(symbols, "patch_version").Should().Be("3");
        result.Rejections.Single().Should().Match<Core.Quality.Rejection>(r => r.Line == 5 && r.Field == "event");
    }

    [Theory]
    [InlineData(1792685137432d, "1792685137432")]
    [InlineData(2.5d, "2.5")]
    [InlineData(-3d, "-3")]
    [InlineData(1e20, "100000000000000000000")]
    public void Number_Double_InvariantWithoutExponent(double value, string expected)
    {
        CellText.Number(value).Should().Be(expected);
    }
}
