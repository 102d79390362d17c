using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using HotAudit.Core.Data;

namespace HotAudit.Core.Symbols;

/// <summary>
/// One reader's memo in front of the case's shared <see cref="SymbolTable"/>: a value already seen by this reader is
/// answered from a plain dictionary without touching the shared table, so parallel readers do not contend on it for
/// the values every row repeats (apps, versions, event names, device ids). A miss asks the shared table, so a symbol
/// is always the shared table's id for the value. Not thread-safe: one cache per reading thread.
/// </summary>
public sealed class SymbolCache
{
    /// <summary>Values kept before the memo starts over, so a column of unique values cannot grow it without bound.</summary>
    internal const int DefaultCapacity = 1 << 20;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly Dictionary<string, int> _asciiIds = new(AsciiKeys.Instance);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<byte>> _asciiLookup;
    private readonly int _capacity;
    private readonly string?[] _lastText = new string?[FieldSlots.Capacity];
    private readonly int[] _lastSymbol = new int[FieldSlots.Capacity];
    private readonly byte[][] _lastAscii = new byte[FieldSlots.Capacity][];
    private readonly int[] _lastAsciiLength = new int[FieldSlots.Capacity];
    private readonly int[] _lastAsciiSymbol = new int[FieldSlots.Capacity];
    private readonly int[]?[] _words = new int[FieldSlots.Capacity][];
    private readonly int[] _memoHits = new int[FieldSlots.Capacity];
    private readonly int[] _memoMisses = new int[FieldSlots.Capacity];
    private readonly bool[] _unmemoized = new bool[FieldSlots.Capacity];

    /// <summary>
    /// A column whose values this memo has missed this often, and answered from memory less than one time in
    /// <see cref="MemoMissRatio"/>, is interned in the shared table directly from then on (<see cref="InternAscii(ReadOnlySpan{byte}, int)"/>):
    /// a device id recurs in the rows of its device, which the column's previous value answers, and rarely after, so
    /// remembering every device id cost a lookup and an insert for nothing (4.4 % of the ingest's CPU on ha-5m,
    /// bench/RESULTS.md round 9). The symbols are the shared table's either way.
    /// </summary>
    internal const int MemoMissesBeforeBypass = 256;

    /// <summary>See <see cref="MemoMissesBeforeBypass"/>.</summary>
    internal const int MemoMissRatio = 8;

    /// <summary>Creates an empty cache over <paramref name="table"/>; it forgets everything once it holds <paramref name="capacity"/> values.</summary>
    public SymbolCache(SymbolTable table, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Table = table;
        _capacity = capacity;
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _asciiLookup = _asciiIds.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The shared table.</summary>
    public SymbolTable Table { get; }

    /// <summary>Values remembered.</summary>
    public int Count => _ids.Count + _asciiIds.Count;

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
        if (last is not null && text.SequenceEqual(last.AsSpan(0, _lastAsciiLength[slot])))
        {
            return _lastAsciiSymbol[slot];
        }
        var id = _unmemoized[slot] ? InternShared(text) : InternAsciiCounted(text, slot);
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
    /// The symbol of word <paramref name="index"/> of a column's vocabulary (<paramref name="word"/>, ASCII): interned the
    /// first time, then remembered by its index.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int InternWord(int slot, int index, ReadOnlySpan<byte> word)
    {
        var words = _words[slot] ??= new int[64];
        if (index >= words.Length)
        {
            return InternAscii(word);
        }
        if (words[index] == SymbolTable.None)
        {
            words[index] = InternAscii(word);
        }
        return words[index];
    }

    /// <summary>
    /// <see cref="InternAscii(ReadOnlySpan{byte})"/> of a column's value that is not its previous one, counting whether the
    /// memo knew it: a column the memo keeps missing stops being remembered (<see cref="MemoMissesBeforeBypass"/>).
    /// </summary>
    private int InternAsciiCounted(ReadOnlySpan<byte> text, int slot)
    {
        if (_asciiLookup.TryGetValue(text, out var id))
        {
            _memoHits[slot]++;
            return id;
        }
        if (++_memoMisses[slot] >= MemoMissesBeforeBypass && _memoMisses[slot] > MemoMissRatio * _memoHits[slot])
        {
            _unmemoized[slot] = true;
        }
        return Remember(text, InternShared(text));
    }

    /// <summary><see cref="Intern(ReadOnlySpan{char})"/> of ASCII text given as its bytes (the bytes must be ASCII).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int InternAscii(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return SymbolTable.None;
        }
        if (_asciiLookup.TryGetValue(text, out var id))
        {
            return id;
        }
        return Remember(text, InternShared(text));
    }

    /// <summary>The shared table's symbol of ASCII text given as its bytes, not remembered here.</summary>
    private int InternShared(ReadOnlySpan<byte> text) => Table.InternAscii(text);

    /// <summary>Remembers the symbol of ASCII text (starting over at capacity); returns it.</summary>
    private int Remember(ReadOnlySpan<byte> text, int id)
    {
        if (_asciiIds.Count >= _capacity)
        {
            _asciiIds.Clear();
        }
        _asciiIds[Table[id]] = id;
        return id;
    }

    /// <summary>ASCII strings compared with ASCII bytes: a string hashes as its bytes do.</summary>
    private sealed class AsciiKeys : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
    {
        public static readonly AsciiKeys Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            byte[]? rented = null;
            var bytes = obj.Length <= 256 ? stackalloc byte[obj.Length] : (rented = ArrayPool<byte>.Shared.Rent(obj.Length)).AsSpan(0, obj.Length);
            for (var i = 0; i < obj.Length; i++)
            {
                // Only ASCII strings are keys; a wider char is folded all the same, so the hash stays defined.
                bytes[i] = (byte)obj[i];
            }
            var hash = Hash(bytes);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
            return hash;
        }

        public bool Equals(ReadOnlySpan<byte> alternate, string other) => Ascii.Equals(alternate, other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public string Create(ReadOnlySpan<byte> alternate) => Encoding.ASCII.GetString(alternate);

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var h = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
            while (bytes.Length >= 8)
            {
                h = (h ^ MemoryMarshal.Read<ulong>(bytes)) * 0xFF51AFD7ED558CCDUL;
                h ^= h >> 32;
                bytes = bytes[8..];
            }
            ulong tail = 0;
            foreach (var b in bytes)
            {
                tail = (tail << 8) | b;
            }
            h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 29;
            return (int)h ^ (int)(h >> 32);
        }
    }
}
