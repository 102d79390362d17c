using FluentAssertions;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using Xunit;
using static HotAudit.Core.Tests.Findings.Make;

namespace HotAudit.Core.Tests.Findings;

public sealed class BaselineComparerTests
{
    private static readonly RuleDefinition Sil = Rule("HU-SIL-01", ["app_id", "patch_id"], "HU 7.2 f");

    [Fact]
    public void Compare_SomeKeptSomeGoneOneNew_MarksNewUnchangedAndResolved()
    {
        // Given
        var kept = Finding(Sil, "com.a", "p1");
        var added = Finding(Sil, "com.a", "p3");
        IReadOnlyList<PreviousFinding> previous = [Previous(kept), Previous(Finding(Sil, "com.a", "p2"))];

        // When
        var outcome = BaselineComparer.Compare([kept, added], previous, id => id == Sil.Id ? Sil : null, "findings.json");

        // Then
        outcome.Findings.Select(f => f.Change).Should().Equal(Change.Unchanged, Change.New);
        var resolved = outcome.Resolved.Should().ContainSingle().Subject;
        resolved.Change.Should().Be(Change.Resolved);
        resolved.Rule.Should().BeSameAs(Sil);
        resolved.Subject.Should().Equal(new SubjectValue("app_id", "com.a"), new SubjectValue("patch_id", "p2"));
        resolved.Count.Should().Be(4);
    }

    [Fact]
    public void Compare_RuleNoLongerExists_ResolvedWithMinimalRuleFromThePreviousRun()
    {
        // Given
        var gone = Rule("HU-OLD-01", ["app_id"], "HU 6 b") with { Severity = Severity.Critical };
        IReadOnlyList<PreviousFinding> previous = [Previous(Finding(gone, "com.a"))];

        // When
        var outcome = BaselineComparer.Compare([], previous, _ => null, "old.json");

        // Then
        var rule = outcome.Resolved.Should().ContainSingle().Subject.Rule;
        rule.Id.Should().Be("HU-OLD-01");
        rule.Title.En.Should().Be("HU-OLD-01 title");
        rule.Clauses.Should().Equal("HU 6 b");
        rule.Severity.Should().Be(Severity.Critical);
        rule.Subject.Select(s => s.Name).Should().Equal("app_id");
        rule.Location.File.Should().Be("old.json");
    }

    private static PreviousFinding Previous(Finding f) =>
        new(f.Id, f.Rule.Id, f.Subject, 4, f.Rule.Title, f.Rule.Clauses, f.Rule.Basis, f.Rule.Severity, 0, 0);
}
