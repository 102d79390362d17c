using System.Text;
using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

/// <summary>The filter passes lines within the limit byte for byte and keeps only the line break of a longer one.</summary>
public sealed class LongLineFilterTests
{
    private static (string Text, IReadOnlyList<int> Dropped) Filter(string input, int max, int readSize)
    {
        using var filter = new LongLineFilter(new MemoryStream(Encoding.ASCII.GetBytes(input)), max);
        var output = new MemoryStream();
        var buffer = new byte[readSize];
        int n;
        while ((n = filter.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
        }
        return (Encoding.ASCII.GetString(output.ToArray()), filter.TakeDropped());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Read_MixedLineBreaks_OverLongLinesDroppedAndNumbered(int readSize)
    {
        var (text, dropped) = Filter("ab\r\n0123456789\ncd\r0123456789\r\nef\n0123456789", max: 5, readSize);

        text.Should().Be("ab\r\n\ncd\r\r\nef\n");
        dropped.Should().Equal(2, 4, 6);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Read_RandomLinesOfEveryBreakKindAcrossBlocks_EqualsLineByLineFiltering(int seed)
    {
        // Given: lines of 0..40 bytes and a few of 70,000 (past a 64 KiB block), ended by LF, CR LF or a lone CR
        var random = new Random(seed);
        var input = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            input.Append('x', random.Next(50) == 0 ? 70_000 : random.Next(41)).Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }
        input.Append('y', random.Next(12));

        // When
        var (text, dropped) = Filter(input.ToString(), max: 20, readSize: 1 + random.Next(5000));

        // Then: every line kept or reduced to its break, exactly as filtering line by line
        var (expected, expectedDropped) = LineByLine(input.ToString(), 20);
        text.Should().Be(expected);
        dropped.Should().Equal(expectedDropped);
    }

    private static (string Text, List<int> Dropped) LineByLine(string input, int max)
    {
        var output = new StringBuilder();
        var dropped = new List<int>();
        var line = 1;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(input, "([^\r\n]*)(\r\n|\r|\n|$)"))
        {
            if (m.Length == 0)
            {
                continue;
            }
            if (m.Groups[1].Length > max)
            {
                dropped.Add(line);
            }
            else
            {
                output.Append(m.Groups[1].Value);
            }
            output.Append(m.Groups[2].Value);
            line++;
        }
        return (output.ToString(), dropped);
    }

    [Fact]
    public void Read_LinesWithinTheLimit_PassUnchanged()
    {
        const string Input = "12345\r\n\"a\r\nb\"\n\n12345";

        var (text, dropped) = Filter(Input, max: 5, readSize: 2);

        text.Should().Be(Input);
        dropped.Should().BeEmpty();
    }
}
