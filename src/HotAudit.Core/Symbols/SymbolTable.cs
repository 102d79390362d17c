using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace HotAudit.Core.Symbols;

/// <summary>
/// Interns every string value of a case into a small integer ("symbol"), so events are fixed-size records,
/// equality is an integer compare, and a value seen a million times is stored once. Symbol 0 means "absent".
/// Adding is thread-safe; reading a symbol's text and finding a value's symbol are lock-free.
/// </summary>
/// <remarks>
/// Values are found through an open-addressed index of symbols (an array of ints, at most half full) by a hash of
/// their text that is the same for ASCII text given as chars or as bytes (<see cref="InternAscii"/>): a reader's ASCII
/// value is looked up without widening it, and a symbol costs no node object. A concurrent dictionary held one node per
/// symbol (~30 MB of nodes sampled on a 5M-event case, all of them surviving to gen 2) and hashed UTF-16
/// (bench/RESULTS.md, round 10). Symbols are numbered in the order values were first interned, as before.
/// </remarks>
public sealed class SymbolTable
{
    private const int StackLimit = 256;

    // Mixed into every hash, so that values cannot be chosen to collide in the index.
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    private readonly Lock _gate = new();
    private string[] _texts = new string[1024];
    private int[] _hashes = new int[1024];
    // Symbol → its value as a number once asked for (negative infinity: not read yet); grown when a number is asked for,
    // not with every symbol: most symbols (device ids) are never read as numbers, and growing it with the texts
    // allocated 8 MB of large objects on a 5M-event case.
    private double[] _numbers = [double.NaN];
    // Slot → symbol (0: empty); a power of two long, at most half full. Replaced, never changed in place, when it grows.
    private int[] _index = new int[2048];
    private int _count = 1;

    /// <summary>The symbol of an absent value.</summary>
    public const int None = 0;

    /// <summary>An empty table (it holds only <see cref="None"/>).</summary>
    public SymbolTable()
    {
        _texts[0] = string.Empty;
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
        var hash = Hash(text);
        var id = Find(text, hash);
        return id != None ? id : Add(text.ToString(), hash);
    }

    /// <summary>Interns a value; null or empty is <see cref="None"/>.</summary>
    public int Intern(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return None;
        }
        var hash = Hash(text);
        var id = Find(text, hash);
        return id != None ? id : Add(text, hash);
    }

    /// <summary>
    /// <see cref="Intern(ReadOnlySpan{char})"/> of ASCII text given as its bytes (the bytes must be ASCII): the same
    /// symbol, found without widening the text.
    /// </summary>
    internal int InternAscii(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
        {
            return None;
        }
        var hash = HashBytes(text, Seed);
        var id = FindAscii(text, hash);
        return id != None ? id : Add(Encoding.ASCII.GetString(text), hash);
    }

    /// <summary>The symbol of a value if it was interned, else <see cref="None"/>.</summary>
    public int Find(ReadOnlySpan<char> text) => text.IsEmpty ? None : Find(text, Hash(text));

    /// <summary>The value read as a number (invariant culture), or NaN when it is not one; parsed on first use and kept.</summary>
    public double Number(int symbol)
    {
        var numbers = Volatile.Read(ref _numbers);
        if (symbol < numbers.Length && !double.IsNegativeInfinity(numbers[symbol]))
        {
            return numbers[symbol];
        }
        var n = double.TryParse(this[symbol], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNegativeInfinity(v) ? v : double.NaN;
        if (symbol >= numbers.Length)
        {
            numbers = GrowNumbers(symbol);
        }
        // A number written to an array just replaced is only read again (the same value) later.
        numbers[symbol] = n;
        return n;
    }

    /// <summary>A numbers array long enough for <paramref name="symbol"/> and every symbol so far, the numbers read kept.</summary>
    private double[] GrowNumbers(int symbol)
    {
        lock (_gate)
        {
            var numbers = _numbers;
            if (symbol < numbers.Length)
            {
                return numbers;
            }
            var grown = new double[Math.Max(Math.Max(symbol + 1, _count), numbers.Length * 2)];
            Array.Copy(numbers, grown, numbers.Length);
            Array.Fill(grown, double.NegativeInfinity, numbers.Length, grown.Length - numbers.Length);
            Volatile.Write(ref _numbers, grown);
            return grown;
        }
    }

    private int Find(ReadOnlySpan<char> text, int hash) => Probe(new CharsKey(text), hash);

    private int FindAscii(ReadOnlySpan<byte> text, int hash) => Probe(new AsciiKey(text), hash);

    /// <summary>
    /// The symbol in <paramref name="hash"/>'s probe sequence whose text <paramref name="key"/> matches, else
    /// <see cref="None"/>; one loop for text given as chars or as ASCII bytes (a struct key, so each is compiled apart).
    /// </summary>
    private int Probe<TKey>(TKey key, int hash) where TKey : ITextKey, allows ref struct
    {
        var index = Volatile.Read(ref _index);
        var mask = index.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var id = Volatile.Read(ref index[slot]);
            if (id == None)
            {
                return None;
            }
            // Read after the slot: the arrays hold every symbol an index names (see Add).
            if (Volatile.Read(ref _hashes)[id] == hash && key.Matches(Volatile.Read(ref _texts)[id]))
            {
                return id;
            }
        }
    }

    private interface ITextKey
    {
        bool Matches(string text);
    }

    private readonly ref struct CharsKey(ReadOnlySpan<char> text) : ITextKey
    {
        private readonly ReadOnlySpan<char> _text = text;

        public bool Matches(string text) => _text.SequenceEqual(text);
    }

    private readonly ref struct AsciiKey(ReadOnlySpan<byte> text) : ITextKey
    {
        private readonly ReadOnlySpan<byte> _text = text;

        public bool Matches(string text) => Ascii.Equals(_text, text);
    }

    private int Add(string text, int hash)
    {
        lock (_gate)
        {
            // Another thread may have added it since the lock-free look-up (or that look-up read an index being replaced).
            var existing = Find(text, hash);
            if (existing != None)
            {
                return existing;
            }
            var id = _count;
            if (id == _texts.Length)
            {
                var hashes = new int[id * 2];
                Array.Copy(_hashes, hashes, id);
                Volatile.Write(ref _hashes, hashes);
                var grown = new string[id * 2];
                Array.Copy(_texts, grown, id);
                Volatile.Write(ref _texts, grown);
            }
            _texts[id] = text;
            _hashes[id] = hash;
            Volatile.Write(ref _count, id + 1);
            if ((id + 1) * 2 > _index.Length)
            {
                // A new index with every symbol, this one included, published whole: readers of the old one miss only
                // symbols they then find under the lock.
                var index = new int[_index.Length * 2];
                for (var s = 1; s <= id; s++)
                {
                    Place(index, s, _hashes[s]);
                }
                Volatile.Write(ref _index, index);
            }
            else
            {
                Place(_index, id, hash);
            }
            return id;
        }
    }

    /// <summary>Puts a symbol in the first free slot of its probe sequence; the symbol's text and hash are written before it.</summary>
    private static void Place(int[] index, int id, int hash)
    {
        var mask = index.Length - 1;
        var slot = hash & mask;
        while (index[slot] != None)
        {
            slot = (slot + 1) & mask;
        }
        Volatile.Write(ref index[slot], id);
    }

    /// <summary>
    /// The hash of a value: of its bytes when it is ASCII (so that <see cref="InternAscii"/> finds it by them), else of
    /// its UTF-16 with another seed. Equal texts hash alike either way.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        byte[]? rented = null;
        Span<byte> narrow = text.Length <= StackLimit ? stackalloc byte[text.Length] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
        var hash = Ascii.FromUtf16(text, narrow, out var written) == OperationStatus.Done
            ? HashBytes(narrow[..written], Seed)
            : HashBytes(MemoryMarshal.AsBytes(text), ~Seed);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        return hash;
    }

    /// <summary>A 64-bit multiply-xor hash of the bytes, eight at a time (the last eight overlapping), folded to 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashBytes(ReadOnlySpan<byte> bytes, ulong seed)
    {
        var h = seed ^ ((ulong)bytes.Length * 0x9E3779B97F4A7C15UL);
        ref var b = ref MemoryMarshal.GetReference(bytes);
        var length = bytes.Length;
        if (length >= 8)
        {
            var at = 0;
            for (; at + 8 < length; at += 8)
            {
                h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, at))) * 0xFF51AFD7ED558CCDUL;
                h ^= h >> 32;
            }
            h = (h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, length - 8))) * 0xFF51AFD7ED558CCDUL;
        }
        else
        {
            ulong tail = 0;
            for (var i = 0; i < length; i++)
            {
                tail = (tail << 8) | Unsafe.Add(ref b, i);
            }
            h = (h ^ tail) * 0xFF51AFD7ED558CCDUL;
        }
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        return (int)h ^ (int)(h >> 32);
    }
}
