using System.Text;
using System.Text.Json;
using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Ingestion.Live;
using HotAudit.Worker.Streams.Journal;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>The stream journal: what was acknowledged is there after a restart, once; what a crash tore is cut.</summary>
public sealed class StreamJournalTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string folder = Directory.CreateTempSubdirectory("hotaudit-journal-").FullName;
    private readonly RecordingLogger<StreamJournalTests> log = new();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static LiveRow Row(int id, uint device, DateTimeOffset ts) =>
        new(ts.UtcTicks, (UInt128)(ulong)id, device, Encoding.UTF8.GetBytes($"{{\"event_id\":\"e{id}\",\"device_id\":\"d{device}\"}}"));

    private static LiveBatch Batch(params LiveRow[] rows) => new(rows, [new LiveRejection(7, "ts: bad timestamp")], null);

    private StreamJournal Open(long generationBytes = 256L << 20, TimeSpan? retention = null, TimeSpan? horizon = null) =>
        StreamJournal.Open(folder, retention ?? TimeSpan.FromDays(190), horizon ?? TimeSpan.FromDays(28), log, generationBytes);

    private static int Duplicates(JournalAck ack) => JsonDocument.Parse(ack.Json).RootElement.GetProperty("duplicates").GetInt32();

    private static string[] Window(StreamJournal journal, DateTimeOffset from, bool operations = false)
    {
        using var telemetry = new MemoryStream();
        using var ops = new MemoryStream();
        journal.WriteWindow(from.UtcTicks, null, telemetry, ops, [], []);
        return Encoding.UTF8.GetString((operations ? ops : telemetry).ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Append_ReopenedAfterDispose_RowsKeysAndDuplicatesKept()
    {
        // Given: two batches, the second repeating a row of the first, one of them with a key
        await using (var journal = Open())
        {
            await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0), Row(2, 2, T0.AddMinutes(1))), "k-1", default);
            var second = await journal.AppendAsync(InputKind.Telemetry, Batch(Row(2, 2, T0.AddMinutes(1)), Row(3, 3, T0.AddMinutes(2))), null, default);
            JsonDocument.Parse(second.Json).RootElement.GetProperty("duplicates").GetInt32().Should().Be(1);
        }

        // When
        await using var reopened = Open();
        var again = await reopened.AppendAsync(InputKind.Telemetry, Batch(Row(9, 9, T0)), "k-1", default);

        // Then
        Window(reopened, T0).Should().HaveCount(3);
        again.Replayed.Should().BeTrue();
        again.Batch.Should().Be(1);
        JsonDocument.Parse(again.Json).RootElement.GetProperty("rejected")[0].GetProperty("reason").GetString().Should().Be("ts: bad timestamp");
        reopened.LastBatch.Should().Be(2);
        reopened.NewestTs.Should().Be(T0.AddMinutes(2).UtcTicks);
    }

    [Fact]
    public async Task Open_TornTail_CutAndLoggedAndEarlierBatchesKept()
    {
        await using (var journal = Open())
        {
            await journal.AppendAsync(InputKind.Operations, Batch(Row(1, 0, T0)), null, default);
            await journal.AppendAsync(InputKind.Operations, Batch(Row(2, 0, T0.AddMinutes(1))), null, default);
        }
        var ops = Directory.GetFiles(folder, "ops-*.seg").Single();
        var length = new FileInfo(ops).Length;
        using (var file = new FileStream(ops, FileMode.Open))
        {
            file.SetLength(length - 5);
        }

        await using var reopened = Open();

        Window(reopened, T0, operations: true).Should().ContainSingle().Which.Should().Contain("\"e1\"");
        log.Lines.Should().Contain(l => l.Message.Contains("torn tail", StringComparison.Ordinal) && l.Message.Contains(ops, StringComparison.Ordinal));
        var next = await reopened.AppendAsync(InputKind.Operations, Batch(Row(2, 0, T0.AddMinutes(1))), null, default);
        JsonDocument.Parse(next.Json).RootElement.GetProperty("duplicates").GetInt32().Should().Be(0, "the cut row was never acknowledged");
    }

    [Fact]
    public async Task Open_BatchWithAPartMissing_IgnoredWhole()
    {
        await using (var journal = Open())
        {
            await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0)), null, default);
            await journal.AppendAsync(InputKind.Telemetry, Batch(Row(2, 2, T0), Row(3, 3, T0)), "k-2", default);
        }
        // A crash after the first partition's record reached the disk, before the second's did.
        var t3 = Directory.GetFiles(folder, "t3-*.seg").Single();
        using (var file = new FileStream(t3, FileMode.Open))
        {
            file.SetLength(8);
        }

        await using var reopened = Open();

        Window(reopened, T0).Should().ContainSingle().Which.Should().Contain("\"e1\"");
        reopened.Answered("k-2").Should().BeNull("the batch was never acknowledged, so its resend is taken as new");
        log.Lines.Should().Contain(l => l.Message.Contains("batch 2 has 1 of its 2 part(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Append_OldGenerations_RemovedPastTheRetention()
    {
        await using var journal = Open(generationBytes: 1, retention: TimeSpan.FromDays(10));
        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0)), null, default);
        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(2, 1, T0.AddDays(5))), null, default);

        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(3, 1, T0.AddDays(12))), null, default);

        Window(journal, T0).Should().HaveCount(2).And.NotContain(l => l.Contains("\"e1\"", StringComparison.Ordinal));
        log.Lines.Should().Contain(l => l.Message.Contains("generation 1 removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteWindow_RowsBeforeTheStart_LeftOut()
    {
        await using var journal = Open();
        await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0), Row(2, 1, T0.AddDays(3))), null, default);

        Window(journal, T0.AddDays(1)).Should().ContainSingle().Which.Should().Contain("\"e2\"");
    }

    [Fact]
    public async Task Append_ManyBatchesAtOnceAcrossGenerations_EachAcknowledgedOnceAndAllKept()
    {
        await using (var journal = Open(generationBytes: 4096))
        {
            var acks = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
                journal.AppendAsync(InputKind.Telemetry, Batch(Row(i, (uint)i, T0.AddMinutes(i)), Row(1000 + i, (uint)i + 1, T0.AddMinutes(i))), $"k-{i}", default))));
            acks.Select(a => a.Batch).Should().OnlyHaveUniqueItems().And.HaveCount(64);
        }

        await using var reopened = Open(generationBytes: 4096);

        Window(reopened, T0).Should().HaveCount(128);
        Directory.GetFiles(folder, "t0-*.seg").Should().HaveCountGreaterThan(1, "the generations rolled");
        reopened.LastBatch.Should().Be(64);
    }

    [Fact]
    public async Task Append_NewestMovesOn_RowsWithinTheHorizonStillFoundAsDuplicatesAndOlderOnesForgotten()
    {
        // Given: a 10-day horizon, rows on day 0 and day 15, then the stream's newest event on day 20
        var horizon = TimeSpan.FromDays(10);
        await using (var journal = Open(horizon: horizon))
        {
            await journal.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0), Row(2, 2, T0.AddDays(15))), null, default);
            await journal.AppendAsync(InputKind.Telemetry, Batch(Row(3, 3, T0.AddDays(20))), null, default);
            journal.Remembered.Should().Be(2, "day 0 is before the horizon (day 10 on)");
        }

        // When: reopened, both rows sent again
        await using var reopened = Open(horizon: horizon);
        var withinHorizon = await reopened.AppendAsync(InputKind.Telemetry, Batch(Row(2, 2, T0.AddDays(15))), null, default);
        var beforeHorizon = await reopened.AppendAsync(InputKind.Telemetry, Batch(Row(1, 1, T0)), null, default);

        // Then
        Duplicates(withinHorizon).Should().Be(1);
        Duplicates(beforeHorizon).Should().Be(0, "a row older than the horizon is kept without being looked up (no evaluation window reaches it)");
        reopened.Remembered.Should().Be(2);
        Window(reopened, T0.AddDays(10)).Should().HaveCount(2, "the window an evaluation reads holds each row of the horizon once");
    }

    [Fact]
    public void KeptAnswers_MoreKeysThanItsCapacity_OldestForgottenNewestAnswered()
    {
        var answers = new KeptAnswers();

        for (var batch = 1; batch <= KeptAnswers.Capacity + 1; batch++)
        {
            answers.Add($"k-{batch}", new JournalAck(batch, "{}", Replayed: true));
        }

        answers.Find("k-1").Should().BeNull();
        answers.Find("k-2")!.Batch.Should().Be(2);
        answers.Find($"k-{KeptAnswers.Capacity + 1}")!.Batch.Should().Be(KeptAnswers.Capacity + 1);
        answers.Count.Should().Be(KeptAnswers.Capacity);
    }
}
