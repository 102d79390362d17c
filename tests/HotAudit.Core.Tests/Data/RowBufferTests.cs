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
