using System.Text;
using FluentAssertions;
using HotAudit.Core.Symbols;
using Xunit;

namespace HotAudit.Core.Tests.Symbols;

public sealed class SymbolTableTests
{
    [Fact]
    public void Intern_ManyValues_NumbersThemInOrderAndFindsThemAsStringCharsOrAsciiBytes()
    {
        var table = new SymbolTable();
        // Past several growths of the index (2,048 slots at first); lengths 1 to 40 cover the hash's short and long paths.
        var values = Enumerable.Range(0, 50_000).Select(i => i % 7 == 0 ? $"d{i}" : $"device-{i:D8}-{new string('x', i % 23)}").ToArray();

        for (var i = 0; i < values.Length; i++)
        {
            var id = (i % 3) switch
            {
                0 => table.Intern(values[i]),
                1 => table.Intern(values[i].AsSpan()),
                _ => table.InternAscii(Encoding.ASCII.GetBytes(values[i])),
            };
            id.Should().Be(i + 1);
        }

        table.Count.Should().Be(values.Length + 1);
        for (var i = 0; i < values.Length; i++)
        {
            table[i + 1].Should().Be(values[i]);
            table.Find(values[i].AsSpan()).Should().Be(i + 1);
            table.Intern(values[i]).Should().Be(i + 1);
            table.InternAscii(Encoding.ASCII.GetBytes(values[i])).Should().Be(i + 1);
        }
        table.Find("device-".AsSpan()).Should().Be(SymbolTable.None);
        table.Count.Should().Be(values.Length + 1);
    }

    [Fact]
    public void Intern_EmptyOrNull_IsNone()
    {
        var table = new SymbolTable();

        table.Intern((string?)null).Should().Be(SymbolTable.None);
        table.Intern(string.Empty).Should().Be(SymbolTable.None);
        table.Intern(ReadOnlySpan<char>.Empty).Should().Be(SymbolTable.None);
        table.InternAscii(ReadOnlySpan<byte>.Empty).Should().Be(SymbolTable.None);
        table.Find(ReadOnlySpan<char>.Empty).Should().Be(SymbolTable.None);
        table.Count.Should().Be(1);
        table[SymbolTable.None].Should().BeEmpty();
    }

    [Fact]
    public void Intern_NonAsciiAndLongValues_KeepTheirOwnSymbols()
    {
        var table = new SymbolTable();
        var chinese = table.Intern("设备-1");
        var accented = table.Intern("caf\u00e9");
        var plain = table.Intern("cafe");
        var longAscii = new string('a', 300) + "z";
        var longId = table.InternAscii(Encoding.ASCII.GetBytes(longAscii));
        var longChinese = string.Concat(Enumerable.Repeat("设备", 200));
        var longChineseId = table.Intern(longChinese.AsSpan());

        new[] { chinese, accented, plain, longId, longChineseId }.Should().OnlyHaveUniqueItems();
        table.Find("设备-1".AsSpan()).Should().Be(chinese);
        table.Intern("caf\u00e9".AsSpan()).Should().Be(accented);
        table.InternAscii("cafe"u8).Should().Be(plain);
        table.Intern(longAscii).Should().Be(longId);
        table.Find(longChinese.AsSpan()).Should().Be(longChineseId);
        table[longId].Should().Be(longAscii);
    }

    [Fact]
    public void Intern_FromManyThreadsAtOnce_GivesEachValueOneSymbolThatEveryThreadAgreesOn()
    {
        var table = new SymbolTable();
        var values = Enumerable.Range(0, 40_000).Select(i => $"v{i * 7919 % 100_003}").Distinct().ToArray();
        var seen = new int[4][];

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            // Each thread its own order and its own way in, so that adds, look-ups and index growth overlap.
            var order = values.Select((v, i) => (v, i)).OrderBy(p => (p.i * (t + 3)) % values.Length).ToArray();
            var ids = new int[values.Length];
            foreach (var (v, i) in order)
            {
                ids[i] = (t % 3) switch
                {
                    0 => table.Intern(v),
                    1 => table.Intern(v.AsSpan()),
                    _ => table.InternAscii(Encoding.ASCII.GetBytes(v)),
                };
            }
            seen[t] = ids;
        });

        table.Count.Should().Be(values.Length + 1);
        seen[0].Should().OnlyHaveUniqueItems().And.NotContain(SymbolTable.None);
        for (var t = 1; t < 4; t++)
        {
            seen[t].Should().Equal(seen[0]);
        }
        for (var i = 0; i < values.Length; i++)
        {
            table[seen[0][i]].Should().Be(values[i]);
        }
    }

    [Fact]
    public void Number_AskedInAnyOrderAsSymbolsAreAdded_ReadsEachValueOnce()
    {
        var table = new SymbolTable();
        table.Number(SymbolTable.None).Should().Be(double.NaN);
        var ids = Enumerable.Range(0, 5_000).Select(i => table.Intern(i % 10 == 0 ? $"x{i}" : $"{i}.5")).ToArray();

        // The highest first (the numbers grow to it at once), then the rest, then symbols added after.
        table.Number(ids[^1]).Should().Be(4999.5);
        for (var i = 0; i < ids.Length; i++)
        {
            table.Number(ids[i]).Should().Be(i % 10 == 0 ? double.NaN : i + 0.5);
        }
        var later = table.Intern("-1e3");
        table.Number(later).Should().Be(-1000);
        table.Number(ids[7]).Should().Be(7.5);
        table.Number(table.Intern("-Infinity")).Should().Be(double.NaN);
    }
}
