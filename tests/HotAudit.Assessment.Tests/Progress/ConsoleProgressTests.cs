using FluentAssertions;
using HotAudit.Ingestion;
using Xunit;

namespace HotAudit.Assessment.Tests.Progress;

/// <summary>The progress line says when telemetry no longer fits the memory budget, and keeps saying it in later phases.</summary>
public sealed class ConsoleProgressTests
{
    [Fact]
    public void Report_TelemetrySpilled_LineSaysHowMuch()
    {
        var output = new StringWriter();
        using var progress = new ConsoleProgress(output, enabled: true);

        progress.Report(new IngestProgress("telemetry.csv", 1000, 10, 100) { SpilledBytes = 3L << 20 });
        progress.Phase("evaluating rules");

        var lines = output.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("telemetry over the memory budget: 3 MiB spilled to disk");
        lines[1].Should().StartWith("\u001b[2Kevaluating rules").And.Contain("3 MiB spilled to disk");
    }

    [Fact]
    public void Report_NothingSpilled_NoWordOfIt()
    {
        var output = new StringWriter();
        using var progress = new ConsoleProgress(output, enabled: true);

        progress.Report(new IngestProgress("telemetry.csv", 1000, 10, 100));

        output.ToString().Should().Contain("1,000 rows").And.NotContain("memory budget");
    }
}
