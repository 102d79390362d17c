using System.Text;
using FluentAssertions;
using HotAudit.Core.Data;
using Xunit;

namespace HotAudit.Core.Tests.Data;

public sealed class RowBufferTests
{
    [Theory]
    [InlineData("{\"ts\":1,\"device_id\":\"d1\"}")]
    [InlineData("{\"app_state\":\"后台\",\"note\":\"是 ✓ 😀\"}")]
    public void RawFingerprint_Utf8Line_SameAsItsDecodedTextAsOneField(string line)
    {
        var decoded = new RowBuffer(4);
        decoded.AddRawField(line);
        var utf8 = new RowBuffer(4);
        utf8.AddRawUtf8(Encoding.UTF8.GetBytes(line));

        utf8.RawFingerprint.Should().Be(decoded.RawFingerprint).And.NotBe(default(UInt128));
    }

    [Fact]
    public void RawFingerprint_Utf8LineAfterClear_HashesOnlyTheNewLine()
    {
        var row = new RowBuffer(4);
        row.AddRawUtf8(Encoding.UTF8.GetBytes(new string('x', 3000)));
        _ = row.RawFingerprint;
        row.Clear();
        row.AddRawUtf8("{\"a\":1}"u8);
        var expected = new RowBuffer(4);
        expected.AddRawField("{\"a\":1}");

        row.RawFingerprint.Should().Be(expected.RawFingerprint);
    }

    [Fact]
    public void AddRawUtf8_TwiceInOneRow_Throws()
    {
        var row = new RowBuffer(4);
        row.AddRawUtf8("{}"u8);

        var act = () => row.AddRawUtf8("{}"u8);

        act.Should().Throw<InvalidOperationException>();
    }
}

public sealed class RowBufferUtf8Tests
{
    public static TheoryData<string> Values => new()
    {
        "", " ", "d1", "  d1\t", "\u3000d1\u3000", "\u00A0x", "设备 1", " 是 ", "a\u0085", "\u001Fx\u001F", "\u000Bx\u000C", "x\u2028",
        "😀", new string('a', 3000),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void SetUtf8_SameTextAndPresenceAsSetOfTheDecodedText(string value)
    {
        var text = new RowBuffer(2);
        text.Set(1, value);
        var utf8 = new RowBuffer(2);
        utf8.SetUtf8(1, Encoding.UTF8.GetBytes(value));

        utf8.Has(1).Should().Be(text.Has(1));
        utf8.Get(1).ToString().Should().Be(text.Get(1).ToString()).And.Be(value.Trim());
        utf8.IsBlank.Should().Be(text.IsBlank);
    }

    [Fact]
    public void SetUtf8_InvalidUtf8_ReadsAsReplacementCharacters()
    {
        var row = new RowBuffer(2);
        row.SetUtf8(0, [0x61, 0xFF, 0x62, 0x20]);

        row.Get(0).ToString().Should().Be("a\uFFFDb");
        row.IsAscii.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void RawFingerprint_Utf8Fields_SameAsTheirDecodedTrimmedText(string value)
    {
        var text = new RowBuffer(2);
        text.AddRawField("e1");
        text.AddRawField(value.Trim());
        text.AddRawField(string.Empty);
        var utf8 = new RowBuffer(2);
        utf8.AddRawUtf8Field("e1"u8);
        utf8.AddRawUtf8Field(Encoding.UTF8.GetBytes(value));
        utf8.AddRawUtf8Field(default);

        utf8.RawFingerprint.Should().Be(text.RawFingerprint);
    }

    [Fact]
    public void Get_AfterAsciiValuesAndReuse_EachSlotKeepsItsOwnValue()
    {
        var row = new RowBuffer(3);
        row.SetUtf8(0, "abc"u8);
        row.Set(1, "  xyz ");
        row.Get(0).ToString().Should().Be("abc");
        row.SetUtf8(0, "defg"u8);
        row.IsAscii.Should().BeTrue();
        row.GetAscii(1).ToArray().Should().Equal("xyz"u8.ToArray());

        row.Get(0).ToString().Should().Be("defg");
        row.Get(1).ToString().Should().Be("xyz");
        row.Has(2).Should().BeFalse();
        row.Clear();
        row.IsBlank.Should().BeTrue();
        row.Get(0).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("e000123")]
    [InlineData("")]
    [InlineData("com.acme.shop/device-00042?x=1")]
    public void Fingerprint_AsciiBytes_SameAsText(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        Fingerprint.AddAscii(Fingerprint.Start, bytes).Should().Be(Fingerprint.Add(Fingerprint.Start, text));
        Fingerprint.DeviceAscii(bytes, "d1"u8).Should().Be(Fingerprint.Device(text, "d1"));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("  v 2 ")]
    [InlineData("\tx\u000b")]
    [InlineData("   ")]
    [InlineData("")]
    public void SetAsciiInSource_ReadsAsSetAsciiOfTheSameBytes(string value)
    {
        var source = Encoding.ASCII.GetBytes("{\"a\":\"" + value + "\"}");
        var copied = new RowBuffer(3);
        copied.SetAscii(1, source.AsSpan(6, value.Length));
        var referred = new RowBuffer(3);
        referred.SetSource(source);

        referred.SetAsciiInSource(1, 6, value.Length);

        referred.GetAscii(1).ToArray().Should().Equal(copied.GetAscii(1).ToArray());
        referred.Has(1).Should().Be(copied.Has(1));
        referred.Get(1).ToString().Should().Be(copied.Get(1).ToString());
        referred.IsBlank.Should().Be(copied.IsBlank);
    }

    [Fact]
    public void SetAsciiInSource_NextRowWithoutTheValueOrWithACopiedOne_ReadsThatRowsValue()
    {
        // The first row's value lies far into a large source: the next row's absent or copied value must not read it.
        var source = new byte[100_000];
        Encoding.ASCII.GetBytes("device-42").CopyTo(source, 90_000);
        var row = new RowBuffer(3);
        row.SetSource(source);
        row.SetAsciiInSource(2, 90_000, 9);
        Encoding.ASCII.GetString(row.GetAscii(2)).Should().Be("device-42");

        row.Clear();
        row.GetAscii(2).IsEmpty.Should().BeTrue();
        row.Has(2).Should().BeFalse();

        row.SetAsciiInSource(2, 90_000, 9);
        row.SetAscii(2, "d7"u8);
        Encoding.ASCII.GetString(row.GetAscii(2)).Should().Be("d7");
        row.Get(2).ToString().Should().Be("d7");
    }
}
