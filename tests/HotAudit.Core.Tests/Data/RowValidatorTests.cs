using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Data;

public sealed class RowValidatorTests
{
    private static readonly (string, string)[] Good =
    [
        ("ts", "2026-05-01 10:00:00"), ("app_id", "a"), ("app_version", "1.0"), ("device_id", "d1"), ("event", "Download_Start"),
        ("patch_id", "p1"), ("app_state", "foreground"), ("transport", "https"),
    ];

    [Fact]
    public void TryAccept_ValidRow_StoresLowerCaseVocabulary()
    {
        var symbols = new SymbolTable();
        Accept(symbols, Good, out var record, out _).Should().BeTrue();
        symbols[record.Fields[Schemas.Telemetry.Slot("event")]].Should().Be("download_start");
    }

    [Theory]
    [InlineData("ts", "2026-13-45T99:00:00", "ts")]
    [InlineData("event", "patch_magic", "event")]
    [InlineData("device_id", "", "device_id")]
    [InlineData("patch_id", "", "patch_id")]
    [InlineData("app_state", "", "app_state")]
    [InlineData("transport", "", "transport")]
    [InlineData("platform", "symbian", "platform")]
    [InlineData("user_initiated", "maybe", "user_initiated")]
    public void TryAccept_BadField_NamesField(string column, string value, string field)
    {
        var row = Good.Select(g => g.Item1 == column ? (column, value) : g).Append((column, value)).DistinctBy(x => x.Item1).ToArray();
        Accept(new SymbolTable(), row, out _, out var failed).Should().BeFalse();
        failed.Should().Be(field);
    }

    [Fact]
    public void TryAccept_TwoBadFields_NamesTheFirstInContractOrder()
    {
        var row = Good.Where(g => g.Item1 is not ("device_id" or "patch_id")).ToArray();
        Accept(new SymbolTable(), row, out _, out var failed).Should().BeFalse();
        failed.Should().Be("device_id");
    }

    [Fact]
    public void TryAccept_WithACache_SameRecordAsWithout()
    {
        var symbols = new SymbolTable();
        var validator = new RowValidator(Schemas.Telemetry, symbols, TimeSpan.FromHours(8));
        var cache = validator.NewCache();
        var buffer = Buffer(Good);

        validator.TryAccept(buffer, 0, cache, out var cached, out _, out _).Should().BeTrue();
        validator.TryAccept(buffer, 0, cache, out var again, out _, out _).Should().BeTrue();
        validator.TryAccept(buffer, 0, out var plain, out _, out _).Should().BeTrue();

        Slots(cached).Should().Equal(Slots(plain));
        Slots(again).Should().Equal(Slots(plain));
        cached.Fingerprint.Should().Be(plain.Fingerprint);
        cached.DeviceHash.Should().Be(plain.DeviceHash);
    }

    private static int[] Slots(Record record)
    {
        ReadOnlySpan<int> slots = record.Fields;
        return slots.ToArray();
    }

    private static RowBuffer Buffer((string Column, string Value)[] values)
    {
        var buffer = new RowBuffer(Schemas.Telemetry.Columns.Count) { Line = 2 };
        foreach (var (c, v) in values)
        {
            buffer.Set(Schemas.Telemetry.Slot(c), v);
        }
        return buffer;
    }

    private static bool Accept(SymbolTable symbols, (string Column, string Value)[] values, out Record record, out string field)
    {
        var buffer = new RowBuffer(Schemas.Telemetry.Columns.Count) { Line = 2 };
        foreach (var (c, v) in values)
        {
            buffer.Set(Schemas.Telemetry.Slot(c), v);
        }
        return new RowValidator(Schemas.Telemetry, symbols, TimeSpan.FromHours(8)).TryAccept(buffer, 0, out record, out field, out _);
    }
}
