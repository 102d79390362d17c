using HotAudit.Core.Data;

namespace HotAudit.Core.Symbols;

/// <summary>
/// One reader's memo in front of the case's shared <see cref="SymbolTable"/>: each column's previous value (apps,
/// versions, platforms and a device's id repeat from row to row) and each vocabulary word's symbol are answered without
/// a look-up; text given as chars is also remembered in a plain dictionary. ASCII values given as bytes otherwise go to
/// the shared table, whose look-ups take no lock and write nothing shared (a memo of them only doubled the work of a
/// miss: bench/RESULTS.md, round 10). A symbol is always the shared table's id for the value. Not thread-safe: one
/// cache per reading thread.
/// </summary>
public sealed class SymbolCache
{
    /// <summary>Values kept before the memo starts over, so a column of unique values cannot grow it without bound.</summary>
    internal const int DefaultCapacity = 1 << 20;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly int _capacity;
    private readonly string?[] _lastText = new string?[FieldSlots.Capacity];
    private readonly int[] _lastSymbol = new int[FieldSlots.Capacity];
    private readonly byte[][] _lastAscii = new byte[FieldSlots.Capacity][];
    private readonly int[] _lastAsciiLength = new int[FieldSlots.Capacity];
    private readonly int[] _lastAsciiSymbol = new int[FieldSlots.Capacity];
    private readonly int[]?[] _words = new int[FieldSlots.Capacity][];

    /// <summary>Creates an empty cache over <paramref name="table"/>; it forgets everything once it holds <paramref name="capacity"/> values.</summary>
    public SymbolCache(SymbolTable table, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Table = table;
        _capacity = capacity;
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared table.</summary>
    public SymbolTable Table { get; }

    /// <summary>Values remembered.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// Interns the value of a column (by its record slot): when it equals that column's previous value, as apps,
    /// versions, platforms and a device's id do from row to row, a compare of the text answers without a hash lookup.
    /// </summary>
    public int Intern(ReadOnlySpan<char> text, int slot)
    {
        if (text.IsEmpty)
        {
            return SymbolTable.None;
        }
        if (_lastText[slot] is { } last && text.SequenceEqual(last))
        {
            return _lastSymbol[slot];
        }
        var id = Intern(text);
        _lastText[slot] = Table[id];
        _lastSymbol[slot] = id;
        return id;
    }

    /// <summary>Interns a value into the shared table (same symbol as <see cref="SymbolTable.Intern(ReadOnlySpan{char})"/>); empty is <see cref="SymbolTable.None"/>.</summary>
    public int Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return SymbolTable.None;
        }
        if (_spanIds.TryGetValue(text, out var id))
        {
            return id;
        }
        id = Table.Intern(text);
        if (_ids.Count >= _capacity)
        {
            _ids.Clear();
        }
        // The key is the table's own string: remembering a value allocates no second copy of it.
        _ids[Table[id]] = id;
        return id;
    }

    /// <summary>
    /// <see cref="Intern(ReadOnlySpan{char}, int)"/> of ASCII text given as its bytes (the bytes must be ASCII): the
    /// same symbol, found without widening the text or hashing it as UTF-16.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int InternAscii(ReadOnlySpan<byte> text, int slot)
    {
        if (text.IsEmpty)
        {
            return SymbolTable.None;
        }
        var last = _lastAscii[slot];
        if (last is not null && _lastAsciiLength[slot] == text.Length && SameBytes(last, text))
        {
            return _lastAsciiSymbol[slot];
        }
        var id = Table.InternAscii(text);
        if (last is null || last.Length < text.Length)
        {
            _lastAscii[slot] = last = new byte[Math.Max(32, text.Length)];
        }
        text.CopyTo(last);
        _lastAsciiLength[slot] = text.Length;
        _lastAsciiSymbol[slot] = id;
        return id;
    }

    /// <summary>
    /// Whether the first <c>text.Length</c> bytes of <paramref name="last"/> (at least 32 long, see <see cref="InternAscii(ReadOnlySpan{byte}, int)"/>)
    /// are <paramref name="text"/>'s: a value of 8 to 16 bytes (most ids and versions) by two overlapping 8-byte loads of each,
    /// without a call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameBytes(byte[] last, ReadOnlySpan<byte> text)
    {
        var length = text.Length;
        if (length is >= 8 and <= 16)
        {
            ref var a = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(last);
            ref var b = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text);
            return System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref a) == System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref b)
                && System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref a, length - 8))
                    == System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref b, length - 8));
        }
        return text.SequenceEqual(last.AsSpan(0, length));
    }

    /// <summary>
    /// The symbol of word <paramref name="index"/> of a column's vocabulary (<paramref name="word"/>, ASCII): interned the
    /// first time, then remembered by its index.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int InternWord(int slot, int index, ReadOnlySpan<byte> word)
    {
        var words = _words[slot] ??= new int[64];
        if (index >= words.Length)
        {
            return Table.InternAscii(word);
        }
        if (words[index] == SymbolTable.None)
        {
            words[index] = Table.InternAscii(word);
        }
        return words[index];
    }
}
