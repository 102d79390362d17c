using FluentAssertions;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Reporting.Json;
using HotAudit.Reporting.Tests.Support;
using Xunit;

namespace HotAudit.Reporting.Tests.Json;

public sealed class PreviousFindingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hotaudit-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Read_WrittenFindingsJson_SameIdsSubjectsAndRules()
    {
        // Given
        var path = Path.Combine(_dir, "findings.json");
        File.WriteAllBytes(path, FindingsJsonWriter.ToBytes(Some.Result()));

        // When
        var previous = PreviousFindings.Read(path);

        // Then
        previous.Select(p => p.Id).Should().Equal(Some.Result().Findings.Select(f => f.Id));
        var tls = previous[1];
        tls.RuleId.Should().Be("HU-TLS-01");
        tls.Subject.Should().Equal(new SubjectValue("app_id", "com.example.shop"), new SubjectValue("app_version", null));
        tls.Count.Should().Be(2);
        tls.Severity.Should().Be(Severity.Medium);
        tls.Clauses.Should().Equal("HU 6 d");
        tls.Title.En.Should().Be("HU-TLS-01 English title");
        previous[0].FirstSeen.Should().Be(Some.Utc("2026-05-01T01:00:00Z"));
    }

    [Theory]
    [InlineData("{\"x\": 1}", "not a HotAudit findings.json")]
    [InlineData("{\"schema\": \"hotaudit/findings/v1\"}", "no \"findings\" list")]
    [InlineData("{\"schema\": \"hotaudit/findings/v1\", \"findings\": [{\"id\": \"a\"}]}", "not a HotAudit findings.json")]
    [InlineData("{\n\"schema\": ", "2: not valid JSON")]
    public void Read_NotHotAuditJson_ThrowsNamingFile(string text, string message)
    {
        // Given
        var path = Path.Combine(_dir, "other.json");
        File.WriteAllText(path, text);

        // When
        var act = () => PreviousFindings.Read(path);

        // Then
        act.Should().Throw<BaselineException>().Where(e => e.Message.StartsWith(path, StringComparison.Ordinal) && e.Message.Contains(message));
    }

    [Fact]
    public void Read_MissingFile_ThrowsCannotRead()
    {
        var act = () => PreviousFindings.Read(Path.Combine(_dir, "none.json"));

        act.Should().Throw<BaselineException>().WithMessage("*none.json: cannot read*");
    }
}
