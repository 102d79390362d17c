using FluentAssertions;
using Xunit;

namespace HotAudit.Ingestion.Tests;

public sealed class PatchManifestReaderTests
{
    [Fact]
    public void Read_JsonLinesManifest_RowsWithCanonicalColumns()
    {
        using var dir = new TempCase().Text("patches.jsonl",
            "{\"patch_id\":\"p1\",\"signature\":\"QUJD\",\"signature_format\":\"digest-hex\",\"key_id\":\"k1\",\"file\":\"p1.bin\"}\n" +
            "{\"patch_id\":\"p2\",\"signature\":\"\",\"key_id\":\"k1\"}\n");

        var rows = PatchManifestReader.Read(dir.Path("patches.jsonl"));

        rows.Select(r => r["patch_id"]).Should().Equal("p1", "p2");
        rows[0]["signature_format"].Should().Be("digest-hex");
        rows[1]["signature"].Should().BeNull();
    }

    [Fact]
    public void Read_MissingFile_CaseInputExceptionNamingIt()
    {
        var act = () => PatchManifestReader.Read("/no/such/patches.csv");

        act.Should().Throw<CaseInputException>().WithMessage("/no/such/patches.csv: file not found");
    }
}
