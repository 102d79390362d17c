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
    private readonly int _capacity;
    private readonly string?[] _lastText = new string?[FieldSlots.Capacity];
    private readonly int[] _lastSymbol = new int[FieldSlots.Capacity];

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
}
