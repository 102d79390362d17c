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

    [Fact]
    public void Read_LinesWithinTheLimit_PassUnchanged()
    {
        const string Input = "12345\r\n\"a\r\nb\"\n\n12345";

        var (text, dropped) = Filter(Input, max: 5, readSize: 2);

        text.Should().Be(Input);
        dropped.Should().BeEmpty();
    }
}
