using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Scenarios;

/// <summary>HU-CON-01's finding says what was missing, as the signature rules' findings give their reason.</summary>
public sealed class ConsentNoteTests
{
    [Fact]
    public async Task Assess_CallBeforeConsent_Con01NoteNamesTheMissingGrant()
    {
        // Given: one device checks before it grants, one never grants
        Device A(string id) => new("com.a", "5.2.0", id);
        using var dir = new CaseBuilder().Telemetry(
        [
            A("d1").Check(T0), A("d1").Granted(T0 + TimeSpan.FromMinutes(1)),
            A("d2").Check(T0),
        ]).Build();
        using var run = new OutFolder();

        // When
        var exit = await run.AssessAsync(dir, "--format", "json");

        // Then
        exit.Should().BeOneOf(0, 1);
        var con01 = run.FindingsJson().GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule_id").GetString() == "HU-CON-01");
        con01.TryGetProperty("note", out var note).Should().BeTrue("HU-CON-01 names what was missing");
        note.ValueKind.Should().Be(JsonValueKind.String);
        note.GetString().Should().Be(
            "missing: a consent_granted of the device before its call (update_check, download_start or apply_success); the device granted none, or only at or after the call");
    }
}
