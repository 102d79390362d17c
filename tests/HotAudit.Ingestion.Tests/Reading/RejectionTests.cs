using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class RejectionTests
{
    [Theory]
    [InlineData("ts", "2026-13-45T99:00:00", "ts")]
    [InlineData("ts", "", "ts")]
    [InlineData("event", "download_begin", "event")]
    [InlineData("event", "", "event")]
    [InlineData("app_id", "", "app_id")]
    [InlineData("app_version", "", "app_version")]
    [InlineData("device_id", "", "device_id")]
    [InlineData("patch_id", "", "patch_id")]
    [InlineData("app_state", "", "app_state")]
    [InlineData("transport", "", "transport")]
    [InlineData("platform", "windows", "platform")]
    [InlineData("app_state", "minimized", "app_state")]
    [InlineData("transport", "ftp", "transport")]
    [InlineData("install_mode", "later", "install_mode")]
    [InlineData("user_initiated", "maybe", "user_initiated")]
    [InlineData("signature_present", "2", "signature_present")]
    public void Read_TelemetryRowFailingCheck_RejectedWithField(string column, string value, string field)
    {
        using var tc = new TempCase().Text("telemetry.csv",
            Csv.Lines(Csv.TelemetryHeader, Csv.Telemetry("e1"), Csv.Telemetry("e2", (column, value))));

        var (result, sink, _) = tc.Read();

        sink.Records.Should().ContainSingle();
        result.Rejections.Should().ContainSingle().Which.Should().Match<Core.Quality.Rejection>(r =>
            r.File == "telemetry.csv" && r.Line == 3 && r.Field == field && r.Reason.Length > 0);
        result.Files[0].Should().Match<Core.Quality.InputFileReport>(f => f.Rows == 2 && f.Rejected == 1 && f.Duplicates == 0);
    }

    [Theory]
    [InlineData("action", "upload", "action")]
    [InlineData("action", "", "action")]
    [InlineData("result", "ok", "result")]
    [InlineData("distribution", "partial", "distribution")]
    [InlineData("ts", "yesterday", "ts")]
    public void Read_OperationRowFailingCheck_RejectedWithField(string column, string value, string field)
    {
        using var tc = new TempCase().Text("operations.csv",
            Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1"), Csv.Operation("op2", (column, value))));

        var (result, _, _) = tc.Read();

        result.Operations.Should().ContainSingle();
        result.Rejections.Should().ContainSingle().Which.Should().Match<Core.Quality.Rejection>(r => r.Line == 3 && r.Field == field);
    }

    [Fact]
    public void Read_OperationWithoutOperatorOrContent_Kept()
    {
        using var tc = new TempCase().Text("operations.csv",
            Csv.Lines(Csv.OperationsHeader, Csv.Operation("op1", ("operator", ""), ("content", ""), ("app_version", ""))));

        var (result, _, _) = tc.Read();

        result.Operations.Should().ContainSingle();
        result.Rejections.Should().BeEmpty();
    }

    [Fact]
    public void Read_ResultAndDistributionAnyCase_Accepted()
    {
        using var tc = new TempCase().Text("operations.csv", Csv.Lines(Csv.OperationsHeader,
            Csv.Operation("op1", ("action", "APPROVE"), ("result", "Approved"), ("distribution", "Conditional"))));

        var (result, _, symbols) = tc.Read();

        result.Operations.Should().ContainSingle().Which.Operation(symbols, "result").Should().Be("approved");
    }

    [Fact]
    public void Read_ManyRejections_DetailCappedCountExact()
    {
        var lines = new List<string> { Csv.TelemetryHeader };
        lines.AddRange(Enumerable.Range(0, Core.Quality.DataQualityReport.RejectionDetailCap + 7)
            .Select(i => Csv.Telemetry("e" + i, ("event", "nope"))));
        using var tc = new TempCase().Text("telemetry.csv", Csv.Lines([.. lines]));

        var (result, _, _) = tc.Read();

        result.Rejections.Should().HaveCount(Core.Quality.DataQualityReport.RejectionDetailCap);
        result.Files[0].Rejected.Should().Be(Core.Quality.DataQualityReport.RejectionDetailCap + 7);
    }
}
