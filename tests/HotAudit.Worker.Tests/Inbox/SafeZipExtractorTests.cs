using FluentAssertions;
using HotAudit.Worker;
using Xunit;

namespace HotAudit.Worker.Tests;

/// <summary>Zip cases are extracted only when every entry stays inside the case and within the limits.</summary>
public sealed class SafeZipExtractorTests : IDisposable
{
    private static readonly ZipLimits Limits = new(MaxBytes: 1_000_000, MaxFiles: 10, MaxRatio: 200);
    private readonly string root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "zip-" + Guid.NewGuid().ToString("N"));

    public SafeZipExtractorTests() => Directory.CreateDirectory(root);

    private string Zip => Path.Combine(root, "case.zip");

    private string Target => Path.Combine(root, "out");

    [Fact]
    public void Extract_OneTopFolder_ReturnsThatFolderAsTheCase()
    {
        ZipFiles.Write(Zip, ("acme/telemetry.csv", "ts,app_id\n"), ("acme/keys/k.pem", "key"));

        var caseDir = SafeZipExtractor.Extract(Zip, Target, Limits);

        caseDir.Should().Be(Path.Combine(Target, "acme"));
        File.ReadAllText(Path.Combine(caseDir, "keys", "k.pem")).Should().Be("key");
    }

    [Theory]
    [InlineData("../evil.csv")]
    [InlineData("case/../../evil.csv")]
    [InlineData("/etc/evil.csv")]
    [InlineData("..\\evil.csv")]
    [InlineData("C:/evil.csv")]
    public void Extract_EntryOutsideTheCase_RejectedAndNothingWritten(string name)
    {
        ZipFiles.Write(Zip, ("telemetry.csv", "ts\n"), (name, "pwned"));

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("*outside the case*");
        Directory.Exists(Target).Should().BeFalse();
        File.Exists(Path.Combine(root, "evil.csv")).Should().BeFalse();
    }

    [Fact]
    public void Extract_SymbolicLinkEntry_Rejected()
    {
        ZipFiles.WriteSymlink(Zip, "telemetry.csv", "/etc/passwd");

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("*symbolic link*");
    }

    [Fact]
    public void Extract_EndRecordDeclaringMoreEntriesThanTheLimit_RejectedBeforeTheDirectoryIsRead()
    {
        // Given: only an end-of-central-directory record, declaring 60,000 entries (a directory to read would be invalid)
        var end = new byte[22];
        BitConverter.GetBytes(0x06054b50u).CopyTo(end, 0);
        BitConverter.GetBytes((ushort)60000).CopyTo(end, 8);
        BitConverter.GetBytes((ushort)60000).CopyTo(end, 10);
        File.WriteAllBytes(Zip, end);

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("60000 entries, more than the limit of 10 (Worker:ZipMaxFiles)");
    }

    [Fact]
    public void Extract_TooManyEntries_Rejected()
    {
        ZipFiles.Write(Zip, [.. Enumerable.Range(0, 11).Select(i => ($"f{i}.csv", "x"))]);

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("*11 entries*Worker:ZipMaxFiles*");
    }

    [Fact]
    public void Extract_HighlyCompressedEntry_RejectedAsABomb()
    {
        ZipFiles.Write(Zip, ("telemetry.csv", new string('0', 900_000)));

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("*Worker:ZipMaxRatio*");
    }

    [Fact]
    public void Extract_MoreBytesThanTheLimit_Rejected()
    {
        ZipFiles.Write(Zip, ("a.csv", RandomText(600_000)), ("b.csv", RandomText(600_000)));

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("*Worker:ZipMaxBytes*");
    }

    [Fact]
    public void Extract_NotAZip_Rejected()
    {
        File.WriteAllText(Zip, "not a zip");

        var extract = () => SafeZipExtractor.Extract(Zip, Target, Limits);

        extract.Should().Throw<CaseRejectedException>().WithMessage("not a readable zip*");
    }

    private static string RandomText(int length)
    {
        var random = new Random(7);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
