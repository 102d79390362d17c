using FluentAssertions;
using HotAudit.Core.Engine;
using Xunit;

namespace HotAudit.Core.Tests.Engine;

/// <summary>The open-addressing set answers as a HashSet would, for the zero fingerprint and for colliding ones too.</summary>
public sealed class FingerprintSetTests
{
    [Fact]
    public void Add_ZeroAndCollidingFingerprints_FalseExactlyForRepeats()
    {
        // Given: fingerprints whose lanes xor to the same slot, zero among them
        var set = new FingerprintSet();
        set.Reset(40);
        var values = Enumerable.Range(0, 40).Select(i => new UInt128((ulong)i, (ulong)i)).Append(UInt128.MaxValue).ToArray();

        // When
        var first = values.Select(set.Add).ToArray();
        var again = values.Select(set.Add).ToArray();

        // Then
        first.Should().AllSatisfy(added => added.Should().BeTrue());
        again.Should().AllSatisfy(added => added.Should().BeFalse());
    }

    [Fact]
    public void Reset_AfterUse_ForgetsEverything()
    {
        var set = new FingerprintSet();
        set.Reset(2);
        set.Add(5);
        set.Add(0);

        set.Reset(1000);

        set.Add(5).Should().BeTrue();
        set.Add(0).Should().BeTrue();
    }
}
