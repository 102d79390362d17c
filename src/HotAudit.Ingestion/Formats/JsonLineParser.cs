using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads one JSON Lines line (UTF-8) into a <see cref="RowBuffer"/>: keys map like CSV headers; strings are unescaped,
/// numbers keep their raw text, booleans read "true"/"false", null is absent, and nested objects or arrays keep their JSON text.
/// </summary>
internal sealed class JsonLineParser
{
    private const int MaxUtf8Keys = 256;

    private readonly Schema _schema;
    private readonly KindMapping? _mapping;
    private readonly Dictionary<string, (int[] Slots, string Name)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int[] Slots, string Name)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[1024];
    // Keys met as unescaped UTF-8, in the order first met, found by a hash of their bytes (an open-addressed table of
    // index + 1); at most MaxUtf8Keys of them.
    private readonly byte[][] _keyBytes = new byte[MaxUtf8Keys][];
    private readonly (int[] Slots, string Name)[] _keyValues = new (int[] Slots, string Name)[MaxUtf8Keys];
    private readonly int[] _keyTable = new int[MaxUtf8Keys * 4];
    private int _keyCount;
    // For each known key, the key that followed it on the last line that had it (-1: none yet); the first key of a line
    // is guessed as the first key of the line before. A line of the same event names its keys as the one before did.
    private readonly int[] _nextKey = new int[MaxUtf8Keys];
    private int _firstKey = -1;
    private int _lastKey = -1;

    // The quotes of the line last found plain by IsPlain: bit (i % 64) of word (i / 64) is set when byte i is a quote.
    private ulong[] _quotes = new ulong[16];
    private int _quoteWords;
    // The line last filled by TryFillPlain, hashed only if its row's fingerprint is asked for (it has no event id).
    private byte[] _plainLine = [];
    private int _plainStart;
    private int _plainLength;
    private readonly Func<UInt128> _plainFingerprint;

    /// <summary>Creates a parser; keys are renamed by <paramref name="mapping"/> first, if any.</summary>
    public JsonLineParser(Schema schema, KindMapping? mapping = null)
    {
        _schema = schema;
        _mapping = mapping;
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _plainFingerprint = () => Fingerprint.AddAscii(Fingerprint.Start, _plainLine.AsSpan(_plainStart, _plainLength));
    }

    /// <summary>
    /// Whether every byte of <paramref name="line"/> is printable ASCII (0x20-0x7F) and none is a backslash: then every
    /// quote in it opens or closes a string without escapes, and <see cref="TryFillPlain"/> may read it (the quotes are
    /// found here, a vector at a time). Such a line is valid UTF-8.
    /// </summary>
    public bool IsPlain(ReadOnlySpan<byte> line)
    {
        var words = (line.Length + 63) >> 6;
        if (_quotes.Length < words)
        {
            _quotes = new ulong[Math.Max(words, _quotes.Length * 2)];
        }
        _quoteWords = words;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && line.Length >= 64)
        {
            ref var start = ref MemoryMarshal.GetReference(line);
            var low = Vector256.Create((sbyte)0x20);
            var quote = Vector256.Create((sbyte)'"');
            var backslash = Vector256.Create((sbyte)'\\');
            var odd = Vector256<sbyte>.Zero;
            for (; i + 64 <= line.Length; i += 64)
            {
                var a = Vector256.LoadUnsafe(ref start, (nuint)i).AsSByte();
                var b = Vector256.LoadUnsafe(ref start, (nuint)i + 32).AsSByte();
                // Signed, a byte of 0x80 and above is below 0x20 too: one compare finds control bytes and non-ASCII.
                odd |= Vector256.LessThan(a, low) | Vector256.Equals(a, backslash) | Vector256.LessThan(b, low) | Vector256.Equals(b, backslash);
                _quotes[i >> 6] = Vector256.Equals(a, quote).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(b, quote).ExtractMostSignificantBits() << 32);
            }
            if (i < line.Length)
            {
                // The last 64 bytes, overlapping those already seen: their quotes from byte i on.
                var last = line.Length - 64;
                var a = Vector256.LoadUnsafe(ref start, (nuint)last).AsSByte();
                var b = Vector256.LoadUnsafe(ref start, (nuint)last + 32).AsSByte();
                odd |= Vector256.LessThan(a, low) | Vector256.Equals(a, backslash) | Vector256.LessThan(b, low) | Vector256.Equals(b, backslash);
                var quotes = Vector256.Equals(a, quote).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(b, quote).ExtractMostSignificantBits() << 32);
                _quotes[i >> 6] = quotes >> (i - last);
                i = line.Length;
            }
            if (odd != Vector256<sbyte>.Zero)
            {
                return false;
            }
        }
        var word = 0UL;
        var scalar = i < line.Length;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c < 0x20 || c >= 0x80 || c == (byte)'\\')
            {
                return false;
            }
            if (c == (byte)'"')
            {
                word |= 1UL << (i & 63);
            }
            if ((i & 63) == 63)
            {
                _quotes[i >> 6] = word;
                word = 0;
            }
        }
        if (scalar && (line.Length & 63) != 0)
        {
            _quotes[line.Length >> 6] = word;
        }
        return true;
    }

    /// <summary>
    /// Fills <paramref name="row"/> from the trimmed, non-empty line at <paramref name="start"/> of <paramref name="array"/>,
    /// which <see cref="IsPlain"/> has just found plain; exactly as <see cref="TryFill"/> would.
    /// </summary>
    public bool TryFillPlain(byte[] array, int start, int length, RowBuffer row)
    {
        var line = array.AsSpan(start, length);
        row.SetSource(array);
        if (TryFillQuoted(line, start, row))
        {
            _plainLine = array;
            _plainStart = start;
            _plainLength = length;
            row.DeferRawFingerprint(_plainFingerprint);
            return true;
        }
        var lineNumber = row.Line;
        row.Clear();
        row.Line = lineNumber;
        return TryFill(line, row);
    }

    /// <summary>Fills <paramref name="row"/> from a trimmed, non-empty line; false when the line is not one JSON object.</summary>
    public bool TryFill(ReadOnlySpan<byte> line, RowBuffer row)
    {
        // Not a flat object of plain values (or not JSON at all): the full reader, from an empty row.
        return TryFillFlat(line, row) || TryFillWithReader(line, row);
    }

    /// <summary>Fills <paramref name="row"/> (emptied first) from a line with <see cref="Utf8JsonReader"/>, whatever the line.</summary>
    internal bool TryFillWithReader(ReadOnlySpan<byte> line, RowBuffer row)
    {
        if (_chars.Length < line.Length)
        {
            _chars = new char[Math.Max(line.Length, _chars.Length * 2)];
        }
        var lineNumber = row.Line;
        row.Clear();
        row.Line = lineNumber;
        row.AddRawUtf8(line);
        try
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.ValueIsEscaped ? Key(ref reader) : Utf8Key(reader.ValueSpan, ref reader);
                reader.Read();
                if (reader.TokenType is JsonTokenType.String && !reader.ValueIsEscaped)
                {
                    // The value's bytes are its text: no unescaping, no decoding (an ASCII value is kept as bytes).
                    PutUtf8(row, key, reader.ValueSpan);
                }
                else if (reader.TokenType is JsonTokenType.Number)
                {
                    PutUtf8(row, key, reader.ValueSpan);
                }
                else
                {
                    Put(row, key, Value(ref reader, line));
                }
            }
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private (int[] Slots, string Name) Key(ref Utf8JsonReader reader) => Key(_chars.AsSpan(0, reader.CopyString(_chars)));

    private (int[] Slots, string Name) Key(ReadOnlySpan<char> name)
    {
        if (!_lookup.TryGetValue(name, out var key))
        {
            var text = name.ToString();
            key = (KindMapping.SlotsOf(_schema, _mapping, text), HeaderMap.ExtraName(text, 0));
            _keys[text] = key;
        }
        return key;
    }

    private (int[] Slots, string Name) Utf8Key(ReadOnlySpan<byte> name, ref Utf8JsonReader reader)
    {
        var known = FindKey(name);
        if (known >= 0)
        {
            return _keyValues[known];
        }
        var key = Key(ref reader);
        AddKey(name, key);
        return key;
    }

    private (int[] Slots, string Name) Utf8Key(ReadOnlySpan<byte> name, int position)
    {
        var guess = position == 0 ? _firstKey : _lastKey >= 0 ? _nextKey[_lastKey] : -1;
        int found;
        if (guess >= 0 && SameBytes(_keyBytes[guess], name))
        {
            found = guess;
        }
        else
        {
            found = FindKey(name);
            if (found < 0)
            {
                // An unescaped name's text is its UTF-8 decoded (the line is valid UTF-8).
                var key = Key(Encoding.UTF8.GetString(name));
                found = AddKey(name, key);
                if (found < 0)
                {
                    _lastKey = -1;
                    return key;
                }
            }
        }
        if (position == 0)
        {
            _firstKey = found;
        }
        else if (_lastKey >= 0)
        {
            _nextKey[_lastKey] = found;
        }
        _lastKey = found;
        return _keyValues[found];
    }

    /// <summary>Whether <paramref name="known"/> holds the bytes of <paramref name="name"/>; a name of up to 16 bytes by two overlapping loads of each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameBytes(byte[] known, ReadOnlySpan<byte> name)
    {
        var length = name.Length;
        if (known.Length != length)
        {
            return false;
        }
        if (length is >= 8 and <= 16)
        {
            ref var a = ref MemoryMarshal.GetArrayDataReference(known);
            ref var b = ref MemoryMarshal.GetReference(name);
            return Unsafe.ReadUnaligned<ulong>(ref a) == Unsafe.ReadUnaligned<ulong>(ref b)
                && Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, length - 8)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, length - 8));
        }
        if (length is >= 4 and < 8)
        {
            ref var a = ref MemoryMarshal.GetArrayDataReference(known);
            ref var b = ref MemoryMarshal.GetReference(name);
            return Unsafe.ReadUnaligned<uint>(ref a) == Unsafe.ReadUnaligned<uint>(ref b)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref a, length - 4)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref b, length - 4));
        }
        return known.AsSpan().SequenceEqual(name);
    }

    /// <summary>The index of a known key with these bytes; -1 when none.</summary>
    private int FindKey(ReadOnlySpan<byte> name)
    {
        var mask = _keyTable.Length - 1;
        for (var slot = KeyHash(name) & mask; ; slot = (slot + 1) & mask)
        {
            var k = _keyTable[slot] - 1;
            if (k < 0 || SameBytes(_keyBytes[k], name))
            {
                return k;
            }
        }
    }

    /// <summary>Remembers a key's bytes; its index, or -1 when as many keys as kept are known already.</summary>
    private int AddKey(ReadOnlySpan<byte> name, (int[] Slots, string Name) key)
    {
        if (_keyCount >= MaxUtf8Keys)
        {
            return -1;
        }
        var k = _keyCount++;
        _keyBytes[k] = name.ToArray();
        _keyValues[k] = key;
        _nextKey[k] = -1;
        var mask = _keyTable.Length - 1;
        var slot = KeyHash(name) & mask;
        while (_keyTable[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        _keyTable[slot] = k + 1;
        return k;
    }

    private static int KeyHash(ReadOnlySpan<byte> name)
    {
        uint a;
        uint b;
        if (name.Length >= 4)
        {
            a = MemoryMarshal.Read<uint>(name);
            b = MemoryMarshal.Read<uint>(name[^4..]);
        }
        else
        {
            a = name.IsEmpty ? 0u : name[0];
            b = name.IsEmpty ? 0u : (uint)(name[^1] << 8 | name[name.Length >> 1]);
        }
        var h = ((a * 0x9E3779B1u) ^ b) * 0x85EBCA6Bu ^ (uint)name.Length;
        return (int)(h ^ (h >> 15));
    }

    /// <summary>
    /// Fills the row from a line that is one flat JSON object whose values are unescaped strings, numbers, true, false
    /// or null, reading it as <see cref="Utf8JsonReader"/> would (the same grammar: JSON white space, no trailing
    /// comma, nothing after the object); false, with the row partly filled, for any other line.
    /// </summary>
    private bool TryFillFlat(ReadOnlySpan<byte> line, RowBuffer row)
    {
        var i = SkipSpace(line, 0);
        if (i >= line.Length || line[i] != (byte)'{')
        {
            return false;
        }
        i = SkipSpace(line, i + 1);
        if (i < line.Length && line[i] == (byte)'}')
        {
            row.AddRawUtf8(line);
            return SkipSpace(line, i + 1) == line.Length;
        }
        row.AddRawUtf8(line);
        // A line that is all ASCII (nearly every one) has only ASCII values: none is checked again.
        var ascii = Ascii.IsValid(line);
        for (var position = 0; ; position++)
        {
            if (!PlainString(line, ref i, out var name))
            {
                return false;
            }
            if (!Colon(line, ref i))
            {
                return false;
            }
            var key = Utf8Key(name, position);
            ReadOnlySpan<byte> value;
            switch (line[i])
            {
                case (byte)'"':
                    if (!PlainString(line, ref i, out value))
                    {
                        return false;
                    }
                    break;
                default:
                    if (!Scalar(line, ref i, out value))
                    {
                        return false;
                    }
                    break;
            }
            if (ascii)
            {
                PutAscii(row, key, value);
            }
            else
            {
                PutUtf8(row, key, value);
            }
            if (AfterValue(line, ref i) is var next && next != Member.Next)
            {
                return next == Member.End;
            }
        }
    }

    /// <summary>
    /// <see cref="TryFillFlat"/> of a line <see cref="IsPlain"/> found plain: the same grammar and the same calls on the
    /// row, with each string's end taken from the quotes found by <see cref="IsPlain"/> (no byte inside a string is looked
    /// at) and, the line being printable ASCII, a space as its only white space. False, with the row partly filled, for
    /// any line it does not read (an empty object included), which <see cref="TryFill"/> then reads.
    /// </summary>
    /// <remarks>The values are not copied: the row refers to them where they lie, at <paramref name="lineStart"/> on in its source.</remarks>
    private bool TryFillQuoted(ReadOnlySpan<byte> line, int lineStart, RowBuffer row)
    {
        // The line is trimmed: it starts with its first token.
        if (line[0] != (byte)'{')
        {
            return false;
        }
        var i = SkipSpace(line, 1);
        ReadOnlySpan<ulong> quotes = _quotes.AsSpan(0, _quoteWords);
        for (var position = 0; ; position++)
        {
            if (i >= line.Length || line[i] != (byte)'"')
            {
                return false;
            }
            var close = NextQuote(quotes, i + 1);
            if (close < 0)
            {
                return false;
            }
            var name = line[(i + 1)..close];
            i = close + 1;
            if (!Colon(line, ref i))
            {
                return false;
            }
            var key = Utf8Key(name, position);
            ReadOnlySpan<byte> value;
            int valueAt;
            switch (line[i])
            {
                case (byte)'"':
                    var end = NextQuote(quotes, i + 1);
                    if (end < 0)
                    {
                        return false;
                    }
                    valueAt = i + 1;
                    value = line[valueAt..end];
                    i = end + 1;
                    break;
                default:
                    // A number, true or false: its bytes in the line (null: none).
                    valueAt = i;
                    if (!Scalar(line, ref i, out value))
                    {
                        return false;
                    }
                    break;
            }
            PutAsciiInSource(row, key, value, lineStart + valueAt);
            if (AfterValue(line, ref i) is var next && next != Member.Next)
            {
                return next == Member.End;
            }
        }
    }

    /// <summary>Reads past the colon after a member's name and the spaces around it; false when there is none or no value follows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Colon(ReadOnlySpan<byte> line, ref int i)
    {
        i = SkipSpace(line, i);
        if (i >= line.Length || line[i] != (byte)':')
        {
            return false;
        }
        i = SkipSpace(line, i + 1);
        return i < line.Length;
    }

    /// <summary>The index of the first quote at or after <paramref name="from"/>; -1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextQuote(ReadOnlySpan<ulong> quotes, int from)
    {
        var word = from >> 6;
        if (word >= quotes.Length)
        {
            return -1;
        }
        var bits = quotes[word] & (ulong.MaxValue << (from & 63));
        while (bits == 0)
        {
            if (++word >= quotes.Length)
            {
                return -1;
            }
            bits = quotes[word];
        }
        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }

    /// <summary>What follows a member's value: another member (the index moved to its key), the object's end with nothing after it, or anything else.</summary>
    private enum Member
    {
        Next,
        End,
        Bad,
    }

    /// <summary>Reads past a member's value: the separator to the next member, or the closing brace that must end the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Member AfterValue(ReadOnlySpan<byte> line, ref int i)
    {
        i = SkipSpace(line, i);
        if (i >= line.Length)
        {
            return Member.Bad;
        }
        if (line[i] == (byte)'}')
        {
            return SkipSpace(line, i + 1) == line.Length ? Member.End : Member.Bad;
        }
        if (line[i] != (byte)',')
        {
            return Member.Bad;
        }
        i = SkipSpace(line, i + 1);
        return Member.Next;
    }

    /// <summary>A string at <paramref name="i"/> without escapes or control characters; <paramref name="i"/> moves past it.</summary>
    private static bool PlainString(ReadOnlySpan<byte> line, scoped ref int i, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (i >= line.Length || line[i] != (byte)'"')
        {
            return false;
        }
        // Keys and values are short: a plain loop beats the set-up of a vectorized search.
        for (var end = i + 1; end < line.Length; end++)
        {
            var b = line[end];
            if (b == (byte)'"')
            {
                text = line[(i + 1)..end];
                i = end + 1;
                return true;
            }
            if (b == (byte)'\\' || b < 0x20)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A value that is not a string: a number (its bytes), <c>true</c>, <c>false</c> or <c>null</c> (empty); false for
    /// anything else (the line takes a slower path).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Scalar(ReadOnlySpan<byte> line, scoped ref int i, out ReadOnlySpan<byte> value)
    {
        switch (line[i])
        {
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                var start = i;
                var number = Number(line, ref i);
                value = number ? line[start..i] : default;
                return number;
            case (byte)'t' when line[i..].StartsWith("true"u8):
                value = "true"u8;
                i += 4;
                return true;
            case (byte)'f' when line[i..].StartsWith("false"u8):
                value = "false"u8;
                i += 5;
                return true;
            case (byte)'n' when line[i..].StartsWith("null"u8):
                value = default;
                i += 4;
                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>A JSON number at <paramref name="i"/> (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?); <paramref name="i"/> moves past it.</summary>
    private static bool Number(ReadOnlySpan<byte> line, ref int i)
    {
        if (line[i] == (byte)'-')
        {
            i++;
        }
        if (i >= line.Length || !char.IsAsciiDigit((char)line[i]))
        {
            return false;
        }
        if (line[i] == (byte)'0')
        {
            i++;
        }
        else
        {
            i = Digits(line, i);
        }
        if (i < line.Length && line[i] == (byte)'.')
        {
            var after = Digits(line, i + 1);
            if (after == i + 1)
            {
                return false;
            }
            i = after;
        }
        if (i < line.Length && (line[i] | 0x20) == (byte)'e')
        {
            i++;
            if (i < line.Length && line[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
            var after = Digits(line, i);
            if (after == i)
            {
                return false;
            }
            i = after;
        }
        // What follows a number must end it: white space, a comma or the object's end (anything else is not JSON).
        return i >= line.Length || line[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)',' or (byte)'}';
    }

    private static int Digits(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && char.IsAsciiDigit((char)line[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The index of the first byte at or after <paramref name="i"/> that is not JSON white space.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int SkipSpace(ReadOnlySpan<byte> line, int i)
    {
        if (i < line.Length && line[i] > (byte)' ')
        {
            return i;
        }
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }
        return i;
    }

    private static void PutAscii(RowBuffer row, (int[] Slots, string Name) key, ReadOnlySpan<byte> value)
    {
        if (key.Slots.Length == 0)
        {
            row.AddExtra(key.Name, Encoding.ASCII.GetString(value));
        }
        foreach (var slot in key.Slots)
        {
            row.SetAscii(slot, value);
        }
    }

    /// <summary><see cref="PutAscii"/> of a value that lies at <paramref name="at"/> in the row's source, not copied.</summary>
    private static void PutAsciiInSource(RowBuffer row, (int[] Slots, string Name) key, ReadOnlySpan<byte> value, int at)
    {
        if (key.Slots.Length == 0)
        {
            row.AddExtra(key.Name, Encoding.ASCII.GetString(value));
        }
        foreach (var slot in key.Slots)
        {
            row.SetAsciiInSource(slot, at, value.Length);
        }
    }

    private static void PutUtf8(RowBuffer row, (int[] Slots, string Name) key, ReadOnlySpan<byte> value)
    {
        if (key.Slots.Length == 0)
        {
            row.AddExtra(key.Name, Encoding.UTF8.GetString(value));
        }
        foreach (var slot in key.Slots)
        {
            row.SetUtf8(slot, value);
        }
    }

    private ReadOnlySpan<char> Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return _chars.AsSpan(0, reader.CopyString(_chars));
            case JsonTokenType.Number:
                return _chars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, _chars));
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var json = line[start..(int)reader.BytesConsumed];
                return _chars.AsSpan(0, Encoding.UTF8.GetChars(json, _chars));
            default:
                return [];
        }
    }

    private static void Put(RowBuffer row, (int[] Slots, string Name) key, ReadOnlySpan<char> value)
    {
        if (key.Slots.Length == 0)
        {
            row.AddExtra(key.Name, value);
        }
        foreach (var slot in key.Slots)
        {
            row.Set(slot, value);
        }
    }
}
