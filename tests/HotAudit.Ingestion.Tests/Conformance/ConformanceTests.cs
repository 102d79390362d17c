using System.Text.Json;
using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

public sealed class ConformanceTests
{
    [Theory]
    [InlineData("internal-case")]
    [InlineData("external-case")]
    public void Read_ConformanceCase_MatchesExpectedCounts(string caseName)
    {
        var root = RepoPaths.Conformance;
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "case-5", caseName + ".expected.json"))).RootElement;
        var sink = new CollectingSink();
        var result = new CaseReader(new SymbolTable(), TimeSpan.FromHours(8))
            .Read(CaseDiscovery.Discover(Path.Combine(root, "case-5", caseName)), sink);

        var events = result.Files.Where(f => f.Kind.IsEventLog()).ToList();
        result.Errors.Should().BeEmpty();
        events.Sum(f => f.Rows).Should().Be(expected.GetProperty("rows_read").GetInt64());
        events.Sum(f => f.Rejected).Should().Be(expected.GetProperty("rejected_rows").GetInt64());
        (sink.Duplicates + events.Sum(f => f.Duplicates)).Should().Be(expected.GetProperty("duplicates").GetInt64());
        var expectedLines = expected.GetProperty("rejections").EnumerateArray()
            .Select(r => (r.GetProperty("file").GetString(), r.GetProperty("line").GetInt32()));
        result.Rejections.Select(r => ((string?)r.File, r.Line)).Should().BeEquivalentTo(expectedLines);
        result.Files.Select(f => f.Encoding).Should().StartWith(["gb18030", "utf-8-bom", "utf-8", "utf-8"]);
        result.Operations.Should().NotBeEmpty();
    }
}
