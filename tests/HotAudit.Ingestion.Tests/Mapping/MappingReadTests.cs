using ClosedXML.Excel;
using FluentAssertions;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion.Tests;

public sealed class MappingReadTests
{
    [Theory]
    [InlineData("telemetry.csv")]
    [InlineData("telemetry.jsonl")]
    [InlineData("telemetry.csv.gz")]
    [InlineData("telemetry.xlsx")]
    public void Read_CaseWithMappingYaml_MapsEveryFormatAlike(string fileName)
    {
        // Given a CodePush-shaped file and the case's mapping.yaml
        using var tc = new TempCase().Text("mapping.yaml", MappingCase.Yaml);
        Write(tc, fileName);

        // When
        var (result, sink, symbols) = tc.Read();

        // Then the accepted rows are in contract shape (a row's own value wins over a default) and the forgotten status is
        // rejected with its line (a CSV's header is line 1, a JSON Lines file has none)
        var records = sink.Records.OrderBy(r => r.Line).ToList();
        records.Select(r => r.Telemetry(symbols, "event")).Should().Equal("apply_success", "download_complete");
        records.Select(r => r.Telemetry(symbols, "app_id")).Should().Equal("dk1", "dk1");
        records.Select(r => r.Telemetry(symbols, "device_id")).Should().Equal("dev1", "dev1");
        records.Select(r => r.Telemetry(symbols, "patch_id")).Should().Equal("7", "7");
        records.Select(r => r.Telemetry(symbols, "patch_version")).Should().Equal("7", "7");
        records.Select(r => r.Telemetry(symbols, "app_state")).Should().Equal("background", "foreground");
        records.Select(r => r.Telemetry(symbols, "transport")).Should().Equal("https", "https");
        var line = fileName.EndsWith(".jsonl", StringComparison.Ordinal) ? 3 : 4;
        result.Rejections.Should().ContainSingle().Which.Should().Be(new Rejection(fileName, line, "event", "unknown event 'DeploymentPending'"));
        result.Files[0].Format.Should().EndWith("(mapping: cp-test)");
    }

    [Fact]
    public void Read_MappingWithoutSectionForKind_LeavesThatKindAlone()
    {
        // Given a mapping for telemetry only and an operation log in contract shape
        using var tc = new TempCase().Text("mapping.yaml", MappingCase.Yaml)
            .Text("operations.csv", "ts,operator,action,app_id\n2026-10-01 09:00:00,ops,publish,dk1\n");

        // When
        var (result, _, _) = tc.Read();

        // Then
        result.Files.Single().Format.Should().Be("csv");
        result.Operations.Should().ContainSingle();
    }

    private static void Write(TempCase tc, string fileName)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var wb = new XLWorkbook();
            var ws = wb.AddWorksheet("telemetry");
            var lines = MappingCase.Csv.TrimEnd('\n').Split('\n');
            for (var r = 0; r < lines.Length; r++)
            {
                var cells = lines[r].Split(',');
                for (var c = 0; c < cells.Length; c++)
                {
                    ws.Cell(r + 1, c + 1).SetValue(cells[c]);
                }
            }
            wb.SaveAs(tc.Path(fileName));
        }
        else if (fileName.EndsWith(".gz", StringComparison.Ordinal))
        {
            tc.Gzip(fileName, MappingCase.Csv);
        }
        else
        {
            tc.Text(fileName, fileName.EndsWith(".jsonl", StringComparison.Ordinal) ? MappingCase.Jsonl : MappingCase.Csv);
        }
    }
}
