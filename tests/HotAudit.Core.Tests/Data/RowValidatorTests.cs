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

    public static TheoryData<string[]> Rows => new()
    {
        // column=value pairs; every row is judged twice: from its ASCII bytes (with a cache) and from its text (without).
        new[] { "ts=2026-05-01 10:00:00", "event_id=e1", "app_id=a", "app_version=1.0", "device_id=d1", "event=LAUNCH", "platform=iOS" },
        new[] { "ts=1777600000", "app_id=a", "app_version=1.0", "device_id=d1", "event=Apply_Success", "patch_id=p", "app_state=Background", "user_initiated=YES", "signature_present=0", "install_mode=On_Next_Restart" },
        new[] { "ts=1777600000123", "app_id=a", "app_version=1.0", "device_id=d1", "event=update_check", "transport=HTTP", "tls_version=1.3", "attrs={\"k\":1}" },
        new[] { "ts=2026-05-01T10:00:00.1234567+05:30", "app_id=a", "app_version=1", "device_id=d", "event=crash", "error_code=E1", "os_version=14" },
        new[] { "ts=2026-05-01T10:00:00Z", "app_id=a", "app_version=1", "device_id=d", "event=download_start", "patch_id=p", "app_state=foreground" },
        new[] { "ts=2026-05-01T10:00:00Z", "app_id=a", "app_version=1", "device_id=d", "event=download_start", "patch_id=p", "transport=https" },
        new[] { "ts=2026-05-01T10:00:00Z", "app_id=a", "app_version=1", "device_id=d", "event=verify_passed", "app_state=foreground" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=launch", "user_initiated=maybe" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=launch", "signature_present=是" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=launch", "platform=symbian" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=launchx" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "event=launch" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d" },
        new[] { "ts=2026-02-30", "app_id=a", "app_version=1", "device_id=d", "event=launch" },
        new[] { "ts=1999-12-31 23:59:59", "app_id=a", "app_version=1", "device_id=d", "event=launch" },
        new[] { "ts=12345", "app_id=a", "app_version=1", "device_id=d", "event=launch" },
        new[] { "app_id=a", "app_version=1", "device_id=d", "event=launch" },
        new[] { "ts=2026-05-01", "app_id=应用", "app_version=1", "device_id=d", "event=launch" },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=" + "launch" + new string('x', 80) },
        new[] { "ts=2026-05-01", "app_id=a", "app_version=1", "device_id=d", "event=launch", "install_mode=" + new string('x', 80) },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void TryAccept_FromAsciiBytes_SameOutcomeAsFromText(string[] pairs)
    {
        var values = pairs.Select(p => (p[..p.IndexOf('=')], p[(p.IndexOf('=') + 1)..])).ToArray();
        var fast = new SymbolTable();
        var fastValidator = new RowValidator(Schemas.Telemetry, fast, TimeSpan.FromHours(8));
        var slow = new SymbolTable();
        var slowValidator = new RowValidator(Schemas.Telemetry, slow, TimeSpan.FromHours(8));
        var row = Buffer(values);
        row.AddRawField("raw");
        row.AddExtra("region", "cn");

        var fastOk = fastValidator.TryAccept(row, 3, fastValidator.NewCache(), out var a, out var fieldA, out var reasonA);
        var slowOk = slowValidator.TryAccept(row, 3, out var b, out var fieldB, out var reasonB);

        fastOk.Should().Be(slowOk);
        (fieldA, reasonA).Should().Be((fieldB, reasonB));
        (a.Ts, a.File, a.Line, a.Fingerprint, a.DeviceHash).Should().Be((b.Ts, b.File, b.Line, b.Fingerprint, b.DeviceHash));
        Slots(a).Should().Equal(Slots(b));
        Enumerable.Range(0, fast.Count).Select(i => fast[i]).Should().Equal(Enumerable.Range(0, slow.Count).Select(i => slow[i]));
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
