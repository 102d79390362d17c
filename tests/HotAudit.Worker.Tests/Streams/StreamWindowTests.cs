using System.Text;
using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Ingestion.Live;
using HotAudit.Worker.Streams.Evaluation;
using HotAudit.Worker.Streams.Journal;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>A stream's window kept from one evaluation to the next holds what a reading of the whole journal would.</summary>
public sealed class StreamWindowTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("hotaudit-window-").FullName;
    private readonly RecordingLogger<StreamWindowTests> log = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static LiveRow Row(int id, uint device, DateTimeOffset ts) =>
        new(ts.UtcTicks, (UInt128)(ulong)id, device, Encoding.UTF8.GetBytes($"{{\"event_id\":\"e{id}\",\"device_id\":\"d{device}\"}}"));

    private static LiveBatch Batch(params LiveRow[] rows) => new(rows, [], null);

    private (StreamCase.Window Window, string[] Telemetry, string[] Operations) Write(StreamWindow window, StreamJournal journal, DateTimeOffset from, string name)
    {
        var (telemetry, operations) = (Path.Combine(folder, name + "-telemetry.jsonl"), Path.Combine(folder, name + "-operations.jsonl"));
        var written = window.Write(journal, from.UtcTicks, telemetry, operations, folder);
        return (written, File.ReadAllLines(telemetry), File.ReadAllLines(operations));
    }

    [Fact]
    public async Task Write_AgainAfterNewBatches_OldRowsLeftOutNewOnesAddedAsAWholeReadingWould()
    {
        // Given: a window written once, then new batches (one row older than the next window's start)
        await using var journal = StreamJournal.Open(Path.Combine(folder, "journal"), TimeSpan.FromDays(190), TimeSpan.FromDays(28), log);
        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0), Row(2, 2, T0.AddDays(5)), Row(3, 2, T0.AddDays(6))), null, default);
        await journal.AppendAsync(InputKind.Operations, Batch(Row(4, 0, T0.AddDays(1))), null, default);
        var kept = new StreamWindow();
        var first = Write(kept, journal, T0, "kept");
        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(5, 2, T0.AddDays(10)), Row(6, 1, T0.AddDays(3)), Row(7, 3, T0.AddDays(9))), null, default);
        await journal.AppendAsync(InputKind.Operations, Batch(Row(8, 0, T0.AddDays(8))), null, default);

        // When
        var again = Write(kept, journal, T0.AddDays(4), "kept");
        var whole = Write(new StreamWindow(), journal, T0.AddDays(4), "whole");

        // Then
        first.Window.Rows.Should().Be(4);
        again.Window.Should().Be(whole.Window);
        again.Window.Should().Be(new StreamCase.Window(5, Cut: true, LastBatch: 4));
        again.Telemetry.Should().BeEquivalentTo(whole.Telemetry);
        again.Operations.Should().Equal(whole.Operations);
        again.Telemetry.Where(l => l.Contains("\"d2\"", StringComparison.Ordinal)).Should().Equal(
            ["{\"event_id\":\"e2\",\"device_id\":\"d2\"}", "{\"event_id\":\"e3\",\"device_id\":\"d2\"}", "{\"event_id\":\"e5\",\"device_id\":\"d2\"}"],
            "a device's rows stay in the order they came");
    }
}
