using FluentAssertions;
using HotAudit.Cli.Commands;
using HotAudit.History;
using Xunit;

namespace HotAudit.Cli.Tests.Commands;

public sealed class HistoryTableTests
{
    [Fact]
    public void Row_CaseNameWithControlCharacters_PrintsThemEscapedOnOneLine()
    {
        var run = new RunSummary(7, "acme\n8\tfake\tinbox\u001b[2J", "inbox", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "ab",
            "PASS", "0", new SeverityCounts(0, 0, 0, 0, 0), 0, 0, 0, "/r/acme\n");

        var row = HistoryTable.Row(run);

        row.Should().NotContain("\n").And.NotContain("\u001b");
        row.Split('\t').Should().HaveCount(HistoryTable.Header.Split('\t').Length);
        row.Should().Contain("acme\\u000A8\\u0009fake\\u0009inbox\\u001B[2J");
    }
}
