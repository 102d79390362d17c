using HotAudit.Anomalies.Features;
using System.IO.Compression;
using FluentAssertions;
using HotAudit.Anomalies.Memory;
using Xunit;

namespace HotAudit.Anomalies.Tests.Memory;

public sealed class MonitorMemoryTests
{
    [Fact]
    public void Read_WrittenApp_GivesBackItsDays()
    {
        // Given: one of the days the version's registration day
        var days = Some.Series(10, 2);
        days[3] = days[3] with { Registered = true };
        var memory = MonitorMemory.Empty.With(days);
        using var stream = new MemoryStream();
        memory.Write("app", stream);
        stream.Position = 0;

        // When
        var read = MonitorMemory.Read(stream);

        // Then
        read.Days.Should().BeEquivalentTo(memory.Days, o => o.WithStrictOrdering());
        read.Days.Count(d => d.Registered).Should().Be(1);
    }

    [Fact]
    public void With_MoreThanKeepDays_KeepsTheLatestPerApp()
    {
        // When
        var memory = MonitorMemory.Empty.With(Some.Series(200, 2));

        // Then
        memory.Count.Should().Be(2 * MonitorMemory.KeepDays);
        memory.Days.Min(d => d.Day).Should().Be(new DateOnly(2026, 5, 1).AddDays(200 - MonitorMemory.KeepDays));
    }

    [Fact]
    public void Read_NotAZip_Throws()
    {
        // Given
        using var stream = new MemoryStream("not a zip"u8.ToArray());

        // When
        var read = () => MonitorMemory.Read(stream);

        // Then
        read.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Read_KeptByAnotherFeatureCatalog_KeepsTheHistoryByName()
    {
        // Given: a file kept by a monitor that knew publishes and a feature this one no longer has
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("vectors.json").Open()))
        {
            writer.Write("""{"format":1,"app":"app","features":["retired_feature","publishes"],"days":[{"version":"1.0","day":"2026-05-01","values":[9,3],"bases":[0,0]}]}""");
        }
        stream.Position = 0;

        // When
        var day = MonitorMemory.Read(stream).Days.Should().ContainSingle().Subject;

        // Then: publishes kept, every feature it did not have left out
        day.Values[Some.Index("publishes")].Should().Be(3);
        day.Values.Count(v => v is not null).Should().Be(1);
        day.Values.Should().HaveCount(FeatureCatalog.All.Count);
    }

    [Fact]
    public void Read_FeatureListedTwice_Throws()
    {
        // Given
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("vectors.json").Open()))
        {
            writer.Write("""{"format":1,"app":"app","features":["publishes","publishes"],"days":[]}""");
        }
        stream.Position = 0;

        // When
        var read = () => MonitorMemory.Read(stream);

        // Then
        read.Should().Throw<InvalidDataException>().WithMessage("*feature*");
    }
}
