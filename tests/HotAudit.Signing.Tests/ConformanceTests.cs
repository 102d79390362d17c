using FluentAssertions;
using HotAudit.Core.Data;
using HotAudit.Core.Signing;
using Xunit;

namespace HotAudit.Signing.Tests;

/// <summary>
/// Conformance case 5 (internal): every manifest row through the verifier; HU-SIG-02 and HU-SIG-03 must name exactly
/// the patches internal-case.expected.json lists.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly string Case = Path.Combine(RepoPaths.Conformance, "case-5", "internal-case");

    [Fact]
    public void Check_Case5Manifest_ExactlyTheExpectedSig02AndSig03Patches()
    {
        var verifier = new PatchSignatureVerifier();
        var checks = ReadManifest(Path.Combine(Case, "patches.csv"))
            .Select(row => verifier.Check(row, null, Case, Path.Combine(Case, "keys"))).ToList();

        checks.Should().HaveCount(127);
        checks.Where(c => c.Outcome is SignatureOutcome.Invalid or SignatureOutcome.UnknownKey).Select(c => c.PatchId)
            .Should().BeEquivalentTo("com.acme.news-5.2.0-p9r", "com.acme.shop-5.2.0-p12f");
        checks.Where(c => c.Weak).Select(c => c.PatchId).Should().BeEquivalentTo("com.acme.news-5.1.0-p9m", "com.acme.pay-5.1.0-p14k");
        checks.Single(c => c.PatchId == "com.acme.news-5.2.0-p9r").Reason.Should().Be("unknown key k-retired");
        checks.Single(c => c.PatchId == "com.acme.shop-5.2.0-p12f").Reason.Should().Be("bad signature");
        checks.Single(c => c.PatchId == "com.acme.pay-5.1.0-p14k").Reason.Should().Be("RSA key of 1024 bits");
        checks.Single(c => c.PatchId == "com.acme.pay-5.2.0-p16u").Outcome.Should().Be(SignatureOutcome.NotJudged);
        checks.Count(c => c.Outcome == SignatureOutcome.Valid).Should().Be(124);
    }

    /// <summary>A plain reader is enough here: the file has a header, commas, no quoting (checked by the row count).</summary>
    private static IEnumerable<ReferenceRow> ReadManifest(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            var values = header.Zip(cells).Where(p => p.Second.Length > 0)
                .ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase);
            yield return new ReferenceRow("patches.csv", i + 1, values);
        }
    }
}
