using FluentAssertions;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion.Tests;

public sealed class PatchFilesTests
{
    private static ReferenceRow Manifest(string patch, string file) =>
        new("patches.csv", 2, new Dictionary<string, string> { ["patch_id"] = patch, ["file"] = file });

    [Fact]
    public void Digests_FileInsideTheCase_Sha256ThenMd5InLowerCaseHex()
    {
        using var tc = new TempCase().Text("p1.zip", "abc");

        var digests = PatchFiles.Digests(tc.Directory, [Manifest("p1", "p1.zip")]);

        digests.Should().ContainKey("p1.zip").WhoseValue.Should().Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "900150983cd24fb0d6963f7d28e17f72");
    }

    [Fact]
    public void Digests_FileOutsideTheCaseMissingOrWithoutPatch_NotRead()
    {
        using var outside = new TempCase().Text("secret.bin", "abc");
        using var tc = new TempCase().Text("p3.zip", "abc");

        var digests = PatchFiles.Digests(tc.Directory,
            [Manifest("p1", Path.GetRelativePath(tc.Directory, outside.Path("secret.bin"))), Manifest("p2", "files/none.zip"), Manifest("", "p3.zip")]);

        digests.Should().BeEmpty();
    }
}
