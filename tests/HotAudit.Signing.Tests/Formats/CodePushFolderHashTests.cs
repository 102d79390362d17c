using FluentAssertions;
using HotAudit.Signing.Formats;
using Xunit;

namespace HotAudit.Signing.Tests.Formats;

public sealed class CodePushFolderHashTests
{
    [Fact]
    public void Compute_FixtureBundle_EqualsHashInItsJwt()
    {
        var payload = Some.Text("codepush-folder.jwt").Split('.')[1];
        var claims = System.Text.Encoding.UTF8.GetString(Base64Text.Decode(payload)!);

        var hash = CodePushFolderHash.Compute(Path.Combine(Some.Case, "files", "bundle"));

        claims.Should().Contain($"\"contentHash\":\"{hash}\"");
    }

    [Fact]
    public void Compute_IgnoredFilesAdded_SameHash()
    {
        var dir = Directory.CreateTempSubdirectory("hotaudit-cp-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.js"), "x");
            var before = CodePushFolderHash.Compute(dir.FullName);
            Directory.CreateDirectory(Path.Combine(dir.FullName, "__MACOSX"));
            File.WriteAllText(Path.Combine(dir.FullName, "__MACOSX", "a.js"), "y");
            File.WriteAllText(Path.Combine(dir.FullName, ".DS_Store"), "y");
            File.WriteAllText(Path.Combine(dir.FullName, ".codepushrelease"), "y");

            CodePushFolderHash.Compute(dir.FullName).Should().Be(before);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
