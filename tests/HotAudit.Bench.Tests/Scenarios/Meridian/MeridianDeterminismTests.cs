using System.Text.Json;
using FluentAssertions;
using HotAudit.Bench.Scenarios.Meridian;
using Xunit;

namespace HotAudit.Bench.Tests.Scenarios.Meridian;

/// <summary>The same seed writes the same bytes, and another seed a different case.</summary>
public sealed class MeridianDeterminismTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("meridian-determinism-").FullName;

    [Fact]
    public void WriteCase_SameSeedTwice_WritesTheSameBytesAndTruth()
    {
        // When
        var first = new MeridianFamily(MeridianCases.SmallPopulation).WriteCase(Path.Combine(_root, "a"), 7);
        var second = new MeridianFamily(MeridianCases.SmallPopulation).WriteCase(Path.Combine(_root, "b"), 7);

        // Then
        var files = Directory.GetFiles(Path.Combine(_root, "a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(Path.Combine(_root, "b")).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(files);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(_root, "b", file!)).Should().Equal(File.ReadAllBytes(Path.Combine(_root, "a", file!)), file);
        }
        JsonSerializer.Serialize(second.Truth).Should().Be(JsonSerializer.Serialize(first.Truth));
        second.Malformed.Should().Equal(first.Malformed);
    }

    [Fact]
    public void WriteCase_AnotherSeed_WritesAnotherCase()
    {
        // When
        var first = new MeridianFamily(MeridianCases.SmallPopulation).WriteCase(Path.Combine(_root, "a"), 7);
        var other = new MeridianFamily(MeridianCases.SmallPopulation).WriteCase(Path.Combine(_root, "c"), 8);

        // Then
        JsonSerializer.Serialize(other.Truth.Anomalies).Should().NotBe(JsonSerializer.Serialize(first.Truth.Anomalies));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
