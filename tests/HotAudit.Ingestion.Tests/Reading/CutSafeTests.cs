using System.Text;
using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

/// <summary>
/// <see cref="BoundaryScan.CutSafe"/> finds its CRs 32 bytes at a time; it must answer as the CR-by-CR scan it replaced
/// (kept here as the reference) for every input: CRs at every position against the 32-byte steps, a CR last, CR CR LF.
/// </summary>
public sealed class CutSafeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("a\r")]
    [InlineData("a\rb")]
    [InlineData("a\r\r\n")]
    [InlineData("a\r\n\r")]
    [InlineData("\"a\"\r\n")]
    [InlineData("a,b\r\nc,d\r\n")]
    [InlineData("a,b\nc,d\r")]
    public void CutSafe_OddInputs_AnswersAsTheScanItReplaced(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        BoundaryScan.CutSafe(bytes, out var endsInCr).Should().Be(Reference(bytes, out var expectedEnd));
        endsInCr.Should().Be(expectedEnd);
    }

    [Fact]
    public void CutSafe_CrAtEveryPositionOfLongInputs_AnswersAsTheScanItReplaced()
    {
        for (var length = 1; length <= 130; length++)
        {
            for (var at = 0; at < length; at++)
            {
                foreach (var next in new byte[] { (byte)'\n', (byte)'x', (byte)'\r' })
                {
                    var bytes = CrLfLines(length);
                    bytes[at] = (byte)'\r';
                    if (at + 1 < length)
                    {
                        bytes[at + 1] = next;
                    }
                    var safe = BoundaryScan.CutSafe(bytes, out var endsInCr);
                    safe.Should().Be(Reference(bytes, out var expectedEnd), $"length {length}, CR at {at} then {next}");
                    endsInCr.Should().Be(expectedEnd, $"length {length}, CR at {at} then {next}");
                }
            }
        }
    }

    [Fact]
    public void CutSafe_RandomInputs_AnswersAsTheScanItReplaced()
    {
        var random = new Random(26);
        var alphabet = new[] { (byte)'\r', (byte)'\n', (byte)'a', (byte)',', (byte)'"' };
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            for (var j = 0; j < bytes.Length; j++)
            {
                // Mostly CR LF lines, so that inputs without a quote and with CRs come up often.
                bytes[j] = random.Next(12) == 0 ? alphabet[random.Next(alphabet.Length)] : (byte)'a';
            }
            BoundaryScan.CutSafe(bytes, out var endsInCr).Should().Be(Reference(bytes, out var expectedEnd));
            endsInCr.Should().Be(expectedEnd);
        }
    }

    private static byte[] CrLfLines(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = i % 10 == 8 ? (byte)'\r' : i % 10 == 9 ? (byte)'\n' : (byte)'a';
        }
        if (length % 10 == 9)
        {
            bytes[^1] = (byte)'a';
        }
        return bytes;
    }

    /// <summary>The scan before: every CR found one by one.</summary>
    private static bool Reference(ReadOnlySpan<byte> bytes, out bool endsInCr)
    {
        endsInCr = false;
        if (bytes.Contains((byte)'"'))
        {
            return false;
        }
        int cr;
        while ((cr = bytes.IndexOf((byte)'\r')) >= 0)
        {
            if (cr == bytes.Length - 1)
            {
                endsInCr = true;
                return true;
            }
            if (bytes[cr + 1] != (byte)'\n')
            {
                return false;
            }
            bytes = bytes[(cr + 2)..];
        }
        return true;
    }
}
