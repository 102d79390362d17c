using FluentAssertions;
using HotAudit.Core.Contract;

namespace HotAudit.Ingestion.Tests;

public sealed class ReferenceTests
{
    [Fact]
    public void Read_PatchesRepeatedId_LastRowKept()
    {
        using var tc = new TempCase().Text("patches.csv", Csv.Lines("patch_id,app_id,sha256,vendor_note", "p1,a,old,x", "p2,a,h2,", "p1,a,new,y"));

        var (result, _, _) = tc.Read();

        var rows = result.References.Rows(InputKind.Patches);
        rows.Select(r => r["sha256"]).Should().Equal("new", "h2");
        rows[0]["vendor_note"].Should().Be("y");
        rows[0].Line.Should().Be(4);
        result.Files[0].Should().Match<Core.Quality.InputFileReport>(f => f.Rows == 3 && f.Rejected == 0 && f.Duplicates == 0);
    }

    [Fact]
    public void Read_ReferenceValuesOfWrongType_IssuesAndRowsKept()
    {
        using var tc = new TempCase()
            .Text("operators.csv", Csv.Lines("operator,role,permissions,valid_from,valid_to", "dev1,developer,upload,2026-01-01,someday"))
            .Text("tenants.csv", Csv.Lines("tenant_id,app_ids,consent_component", "T1,a;b,perhaps", "T2,c,是"));

        var (result, _, _) = tc.Read();

        result.References.Rows(InputKind.Operators).Should().ContainSingle().Which["valid_to"].Should().Be("someday");
        result.References.Rows(InputKind.Tenants).Should().HaveCount(2);
        result.Issues.Select(i => (i.File, i.Line, i.Field)).Should().BeEquivalentTo(
            [("operators.csv", 2, "valid_to"), ("tenants.csv", 2, "consent_component")]);
        result.Rejections.Should().BeEmpty();
    }

    [Fact]
    public void Read_EmptyReferenceFile_KindPresent()
    {
        using var tc = new TempCase().Text("vulnerabilities.csv", Csv.Lines("vuln_id,severity,discovered_at"));

        var (result, _, _) = tc.Read();

        result.References.Has(InputKind.Vulnerabilities).Should().BeTrue();
        result.References.Has(InputKind.Tenants).Should().BeFalse();
    }

    [Fact]
    public void Read_ReferenceRowsAndKeys_NotCountedAsEventsAndKeysFound()
    {
        using var tc = new TempCase().Text("app_signatures.csv", Csv.Lines("app_name,signer_role", "Mall,检测者"));
        Directory.CreateDirectory(tc.Path("keys"));

        var (result, _, _) = tc.Read();

        result.References.KeysDirectory.Should().Be(tc.Path("keys"));
        result.References.Rows(InputKind.AppSignatures).Single()["signer_role"].Should().Be("检测者");
        new Core.Quality.DataQualityReport(result.Files, result.Rejections, result.Issues).RowsRead.Should().Be(0);
    }

    [Fact]
    public void Read_ConformanceAttestations_Parsed()
    {
        using var tc = new TempCase().Text("attestations.yaml",
            "\"6 a\":\n  status: conformant\n  evidence: design review DR-7\n  assessor: Lab A\n  date: 2026-11-01\n"
            + "\"7.2 i\": {status: Not_Applicable, evidence: [doc 1, doc 2]}\n");

        var (result, _, _) = tc.Read();

        var a = result.References.Attestations;
        a["6 a"].Should().Be(new Core.Clauses.Attestation("6 a", Core.Clauses.Verdict.Conformant, "design review DR-7", "Lab A", "2026-11-01"));
        a["7.2 i"].Status.Should().Be(Core.Clauses.Verdict.NotApplicable);
        a["7.2 i"].Evidence.Should().Be("doc 1; doc 2");
    }

    [Theory]
    [InlineData("\"6 a\":\n  status: maybe\n")]
    [InlineData("\"6 a\": conformant\n")]
    [InlineData("\"6 a\":\n  status: [conformant\n")]
    public void Read_MalformedAttestations_Throws(string yaml)
    {
        using var tc = new TempCase().Text("attestations.yaml", yaml);

        var act = () => tc.Read();

        act.Should().Throw<CaseInputException>().WithMessage("attestations.yaml*");
    }
}
