using System.Text;
using FluentAssertions;
using HotAudit.Core.Symbols;
using Xunit;

namespace HotAudit.Core.Tests.Symbols;

public sealed class SymbolCacheTests
{
    [Fact]
    public void Intern_NewValue_ReturnsTheSharedTablesSymbol()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table);

        var id = cache.Intern("com.acme.shop".AsSpan());

        id.Should().NotBe(SymbolTable.None);
        table[id].Should().Be("com.acme.shop");
        table.Find("com.acme.shop".AsSpan()).Should().Be(id);
    }

    [Fact]
    public void Intern_ValueInternedBeforeOrByAnotherCache_ReturnsTheSameSymbol()
    {
        var table = new SymbolTable();
        var before = table.Intern("d0000001");
        var other = new SymbolCache(table);
        var fromOther = other.Intern("d0000002".AsSpan());
        var cache = new SymbolCache(table);

        cache.Intern("d0000001".AsSpan()).Should().Be(before);
        cache.Intern("d0000002".AsSpan()).Should().Be(fromOther);
        cache.Intern("d0000002".AsSpan()).Should().Be(fromOther);
        table.Count.Should().Be(3);
    }

    [Fact]
    public void Intern_Empty_ReturnsNoneAndRemembersNothing()
    {
        var cache = new SymbolCache(new SymbolTable());

        cache.Intern(ReadOnlySpan<char>.Empty).Should().Be(SymbolTable.None);
        cache.Count.Should().Be(0);
    }

    [Fact]
    public void Intern_BeyondCapacity_StartsOverWithTheSameSymbols()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table, capacity: 2);
        var ids = new[] { "a", "b", "c" }.Select(v => cache.Intern(v.AsSpan())).ToArray();

        cache.Count.Should().BeLessThanOrEqualTo(2);
        new[] { "a", "b", "c" }.Select(v => cache.Intern(v.AsSpan())).Should().Equal(ids);
        ids.Select(i => table[i]).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Intern_BySlot_ReturnsTheTablesSymbolWhetherTheValueRepeatsOrNot()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table);
        var rows = new[] { ("com.acme", "d1"), ("com.acme", "d1"), ("com.acme", "d2"), ("com.other", "d1"), ("com.acme", "d1") };

        foreach (var (app, device) in rows)
        {
            // A value of one slot must not be answered from another slot's previous value.
            cache.Intern(app.AsSpan(), slot: 2).Should().Be(table.Find(app.AsSpan())).And.NotBe(SymbolTable.None);
            cache.Intern(device.AsSpan(), slot: 5).Should().Be(table.Find(device.AsSpan())).And.NotBe(SymbolTable.None);
            cache.Intern(device.AsSpan(), slot: 2).Should().Be(table.Find(device.AsSpan()));
            cache.Intern(app.AsSpan(), slot: 2).Should().Be(table.Find(app.AsSpan()));
        }
        cache.Intern(ReadOnlySpan<char>.Empty, slot: 2).Should().Be(SymbolTable.None);
        table.Count.Should().Be(5);
    }

    [Fact]
    public void Intern_ParallelCachesOverOneTable_AgreeWithTheTable()
    {
        var table = new SymbolTable();
        var values = Enumerable.Range(0, 20_000).Select(i => $"device-{i}").ToArray();
        var results = new int[2][];

        Parallel.For(0, 2, k =>
        {
            var cache = new SymbolCache(table);
            var order = k == 0 ? values : values.Reverse().ToArray();
            results[k] = order.Select(v => cache.Intern(v.AsSpan())).ToArray();
            if (k == 1)
            {
                Array.Reverse(results[k]);
            }
        });

        results[0].Should().Equal(results[1]);
        results[0].Distinct().Should().HaveCount(values.Length);
        values.Select(v => table.Find(v.AsSpan())).Should().Equal(results[0]);
        table.Count.Should().Be(values.Length + 1);
    }
}

public sealed class SymbolCacheAsciiTests
{
    [Fact]
    public void InternAscii_BySlot_DeviceAndAppColumns_TheTablesSymbolsAndNothingRemembered()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table);
        var seen = new List<(string Device, int Id)>();
        const int Devices = 768;

        // A device column: each value on a few rows in a row, then rarely again; an app column repeats.
        for (var i = 0; i < Devices; i++)
        {
            var device = $"d{i:D6}";
            for (var repeat = 0; repeat < 3; repeat++)
            {
                var id = cache.InternAscii(Encoding.ASCII.GetBytes(device), slot: 5);
                id.Should().Be(table.Find(device.AsSpan())).And.NotBe(SymbolTable.None);
                seen.Add((device, id));
                cache.InternAscii(Encoding.ASCII.GetBytes(i % 2 == 0 ? "com.acme" : "com.other"), slot: 2).Should().Be(table.Find((i % 2 == 0 ? "com.acme" : "com.other").AsSpan()));
            }
        }
        foreach (var (device, id) in seen.Where((_, k) => k % 7 == 0))
        {
            cache.InternAscii(Encoding.ASCII.GetBytes(device), slot: 5).Should().Be(id);
            cache.InternAscii(Encoding.ASCII.GetBytes(device), slot: 2).Should().Be(id);
        }

        // ASCII bytes are answered by the previous value or the shared table: the memo of text holds none of them.
        cache.Count.Should().Be(0);
        table.Count.Should().Be(1 + Devices + 2);
    }

    [Fact]
    public void InternAscii_SameSymbolsAsText_WhicheverComesFirst()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table, capacity: 3);
        var values = new[] { "com.acme", "d1", "d2", "com.acme", new string('z', 300), "d1", "d3", "d4", "d1" };

        foreach (var v in values)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(v);
            var byText = cache.Intern(v.AsSpan(), slot: 5);
            cache.InternAscii(bytes, slot: 5).Should().Be(byText);
            table.InternAscii(bytes).Should().Be(byText);
            cache.InternAscii(bytes, slot: 2).Should().Be(byText);
            table[byText].Should().Be(v);
        }
        cache.InternAscii(ReadOnlySpan<byte>.Empty, slot: 2).Should().Be(SymbolTable.None);
        table.Count.Should().Be(values.Distinct().Count() + 1);
    }

    [Fact]
    public void InternAscii_BySlot_ValueDifferingFromThePreviousInOneByte_IsItsOwnSymbol()
    {
        var table = new SymbolTable();
        var cache = new SymbolCache(table);

        // Every length from 1 to 40 and every position: the previous-value check must see each byte.
        for (var length = 1; length <= 40; length++)
        {
            var previous = new string('a', length);
            cache.InternAscii(Encoding.ASCII.GetBytes(previous), slot: 3).Should().Be(table.Find(previous.AsSpan()));
            for (var at = 0; at < length; at++)
            {
                var chars = previous.ToCharArray();
                chars[at] = 'b';
                var value = new string(chars);
                var id = cache.InternAscii(Encoding.ASCII.GetBytes(value), slot: 3);
                id.Should().Be(table.Intern(value));
                table[id].Should().Be(value);
                cache.InternAscii(Encoding.ASCII.GetBytes(previous), slot: 3).Should().Be(table.Find(previous.AsSpan()));
            }
        }
    }
}
