using System.Collections.Concurrent;
using System.Globalization;

namespace HotAudit.Core.Symbols;

/// <summary>
/// Interns every string value of a case into a small integer ("symbol"), so events are fixed-size records,
/// equality is an integer compare, and a value seen a million times is stored once. Symbol 0 means "absent".
/// Adding is thread-safe; reading a symbol's text is lock-free.
/// </summary>
public sealed class SymbolTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;
    private readonly Lock _gate = new();
    private string[] _texts = new string[1024];
    private double[] _numbers = new double[1024];
    private int _count = 1;

    /// <summary>The symbol of an absent value.</summary>
    public const int None = 0;

    /// <summary>An empty table (it holds only <see cref="None"/>).</summary>
    public SymbolTable()
    {
        _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _texts[0] = string.Empty;
        _numbers[0] = double.NaN;
    }

    /// <summary>Number of symbols, the absent one included.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of a symbol ("" for <see cref="None"/>).</summary>
    public string this[int symbol] => Volatile.Read(ref _texts)[symbol];

    /// <summary>The text of a symbol, or null for <see cref="None"/>.</summary>
    public string? TextOrNull(int symbol) => symbol == None ? null : this[symbol];

    /// <summary>Interns a value; an empty value is <see cref="None"/>.</summary>
    public int Intern(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return None;
        }
        return _spanIds.TryGetValue(text, out var id) ? id : Add(text.ToString());
    }

    /// <summary>Interns a value; null or empty is <see cref="None"/>.</summary>
    public int Intern(string? text) => string.IsNullOrEmpty(text) ? None : _ids.TryGetValue(text, out var id) ? id : Add(text);

    /// <summary>The symbol of a value if it was interned, else <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> text) => !text.IsEmpty && _spanIds.TryGetValue(text, out var id) ? id : None;

    /// <summary>The value read as a number (invariant culture), or NaN when it is not one; parsed on first use and kept.</summary>
    public double Number(int symbol)
    {
        var numbers = Volatile.Read(ref _numbers);
        if (symbol < numbers.Length && !double.IsNegativeInfinity(numbers[symbol]))
        {
            return numbers[symbol];
        }
        var n = double.TryParse(this[symbol], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNegativeInfinity(v) ? v : double.NaN;
        if (symbol < numbers.Length)
        {
            numbers[symbol] = n;
        }
        return n;
    }

    private int Add(string text)
    {
        lock (_gate)
        {
            if (_ids.TryGetValue(text, out var existing))
            {
                return existing;
            }
            var id = _count;
            if (id == _texts.Length)
            {
                var numbers = new double[id * 2];
                Array.Copy(_numbers, numbers, id);
                Array.Fill(numbers, double.NegativeInfinity, id, id);
                Volatile.Write(ref _numbers, numbers);
                var grown = new string[id * 2];
                Array.Copy(_texts, grown, id);
                Volatile.Write(ref _texts, grown);
            }
            _numbers[id] = double.NegativeInfinity;
            _texts[id] = text;
            Volatile.Write(ref _count, id + 1);
            _ids[text] = id;
            return id;
        }
    }
}
