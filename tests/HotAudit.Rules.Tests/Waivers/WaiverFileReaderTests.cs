using FluentAssertions;
using HotAudit.Rules.Waivers;
using Xunit;

namespace HotAudit.Rules.Tests.Waivers;

public sealed class WaiverFileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hotaudit-waivers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_GoodFile_EveryWaiverInFileOrder()
    {
        // Given
        var path = Write("""
            waivers:
              - rule_id: HU-SIL-01
                subject: {app_id: com.a, patch_id: "*"}
                justification: accepted until the June release
                approved_by: 张三
                expires: 2026-12-31T23:59:59+08:00
              - clause: HU 6 d
                justification: legacy CDN
                expires: 2026-12-31
            """);

        // When
        var waivers = WaiverFileReader.Read(path);

        // Then
        waivers.Should().HaveCount(2);
        var first = waivers[0];
        first.Number.Should().Be(1);
        first.Location.ToString().Should().Be("waivers.yaml:2");
        first.RuleId.Should().Be("HU-SIL-01");
        first.Subject.Should().Equal(new Dictionary<string, string> { ["app_id"] = "com.a", ["patch_id"] = "*" });
        first.ApprovedBy.Should().Be("张三");
        first.Expires.At.Should().Be(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)));
        var second = waivers[1];
        second.Clause.Should().Be("HU 6 d");
        second.Subject.Should().BeEmpty();
        second.ApprovedBy.Should().BeNull();
        second.Expires.Day.Should().Be(new DateOnly(2026, 12, 31));
        second.Expires.Resolve(TimeSpan.FromHours(8)).Should().Be(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Read_EmptyList_NoWaivers()
    {
        WaiverFileReader.Read(Write("waivers: []\n")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: j\n    expires: 2026-12-31\n    expiry: 2027-01-01\n", 5, "unknown field 'expiry' in waiver #1")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    expires: 2026-12-31\n", 2, "missing 'justification'")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: \"  \"\n    expires: 2026-12-31\n", 2, "missing 'justification'")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: j\n    expires: 2026-13-01\n", 4, "'expires' must be a date")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: j\n    expires: 2026-12-31T23:59:59\n", 4, "'expires' must be a date")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: j\n", 2, "missing 'expires'")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    clause: HU 6 d\n    justification: j\n    expires: 2026-12-31\n", 2, "exactly one of 'rule_id' or 'clause'")]
    [InlineData("waivers:\n  - justification: j\n    expires: 2026-12-31\n", 2, "exactly one of 'rule_id' or 'clause'")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    subject: {app_id: [a, b]}\n    justification: j\n    expires: 2026-12-31\n", 3, "subject 'app_id' must be a single non-empty value")]
    [InlineData("waivers:\n  - rule_id: HU-SIL-01\n    justification: a: b\n    expires: 2026-12-31\n", 3, "not valid YAML")]
    [InlineData("waiver:\n  - rule_id: HU-SIL-01\n", 1, "missing 'waivers'")]
    [InlineData("- rule_id: HU-SIL-01\n", 1, "expected one YAML document holding a mapping")]
    public void Read_MalformedFile_ThrowsNamingFileAndLine(string yaml, int line, string message)
    {
        // Given
        var path = Write(yaml);

        // When
        var act = () => WaiverFileReader.Read(path);

        // Then
        act.Should().Throw<WaiverFileException>()
            .Where(e => e.Issues.Any(i => i.Line == line && i.Message.Contains(message)), $"it should report line {line}: {message}")
            .And.Message.Should().Contain($"{path}:{line}: ");
    }

    [Fact]
    public void Read_MissingFile_ThrowsNamingFile()
    {
        // Given
        var path = Path.Combine(_dir, "nope.yaml");

        // When
        var act = () => WaiverFileReader.Read(path);

        // Then
        act.Should().Throw<WaiverFileException>().WithMessage($"{path}:0: cannot read*");
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_dir, "waivers.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
