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
    // Keys met as unescaped UTF-8, in the order first met: a file's lines name their keys in one order, so the key at a
    // line's k-th property is nearly always entry k, found by one compare of bytes.
    private readonly List<(byte[] Utf8, (int[] Slots, string Name) Key)> _utf8Keys = [];
    // For each known key, the key that followed it on the last line that had it (-1: none yet); the first key of a line
    // is guessed as the first key of the line before. A line of the same event names its keys as the one before did.
    private readonly List<int> _nextKey = [];
    private int _firstKey = -1;
    private int _lastKey = -1;

    /// <summary>Creates a parser; keys are renamed by <paramref name="mapping"/> first, if any.</summary>
    public JsonLineParser(Schema schema, KindMapping? mapping = null)
    {
        _schema = schema;
        _mapping = mapping;
        _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Fills <paramref name="row"/> from a trimmed, non-empty line; false when the line is not one JSON object.</summary>
    public bool TryFill(ReadOnlySpan<byte> line, RowBuffer row)
    {
        if (_chars.Length < line.Length)
        {
            _chars = new char[Math.Max(line.Length, _chars.Length * 2)];
        }
        if (TryFillFlat(line, row))
        {
            return true;
        }
        // Not a flat object of plain values (or not JSON at all): the full reader, from an empty row.
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
            var position = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.ValueIsEscaped ? Key(ref reader) : Utf8Key(reader.ValueSpan, position, ref reader);
                position++;
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

    private (int[] Slots, string Name) Utf8Key(ReadOnlySpan<byte> name, int position, ref Utf8JsonReader reader)
    {
        var known = KnownUtf8Key(name, position);
        if (known.Slots is not null)
        {
            return known;
        }
        var key = Key(ref reader);
        if (_utf8Keys.Count < MaxUtf8Keys)
        {
            _utf8Keys.Add((name.ToArray(), key));
            _nextKey.Add(-1);
        }
        return key;
    }

    private (int[] Slots, string Name) Utf8Key(ReadOnlySpan<byte> name, int position)
    {
        var guess = position == 0 ? _firstKey : _lastKey >= 0 ? _nextKey[_lastKey] : -1;
        int found;
        if (guess >= 0 && name.SequenceEqual(_utf8Keys[guess].Utf8))
        {
            found = guess;
        }
        else
        {
            found = -1;
            for (var k = 0; k < _utf8Keys.Count; k++)
            {
                if (name.SequenceEqual(_utf8Keys[k].Utf8))
                {
                    found = k;
                    break;
                }
            }
            if (found < 0)
            {
                // An unescaped name's text is its UTF-8 decoded (the line is valid UTF-8).
                var key = Key(Encoding.UTF8.GetString(name));
                if (_utf8Keys.Count >= MaxUtf8Keys)
                {
                    _lastKey = -1;
                    return key;
                }
                found = _utf8Keys.Count;
                _utf8Keys.Add((name.ToArray(), key));
                _nextKey.Add(-1);
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
        return _utf8Keys[found].Key;
    }

    private (int[] Slots, string Name) KnownUtf8Key(ReadOnlySpan<byte> name, int position)
    {
        if (position < _utf8Keys.Count && name.SequenceEqual(_utf8Keys[position].Utf8))
        {
            return _utf8Keys[position].Key;
        }
        foreach (var (utf8, known) in _utf8Keys)
        {
            if (name.SequenceEqual(utf8))
            {
                return known;
            }
        }
        return default;
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
            i = SkipSpace(line, i);
            if (i >= line.Length || line[i] != (byte)':')
            {
                return false;
            }
            i = SkipSpace(line, i + 1);
            if (i >= line.Length)
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
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    var start = i;
                    if (!Number(line, ref i))
                    {
                        return false;
                    }
                    value = line[start..i];
                    break;
                case (byte)'t' when line[i..].StartsWith("true"u8):
                    value = "true"u8;
                    i += 4;
                    break;
                case (byte)'f' when line[i..].StartsWith("false"u8):
                    value = "false"u8;
                    i += 5;
                    break;
                case (byte)'n' when line[i..].StartsWith("null"u8):
                    value = default;
                    i += 4;
                    break;
                default:
                    return false;
            }
            if (ascii)
            {
                PutAscii(row, key, value);
            }
            else
            {
                PutUtf8(row, key, value);
            }
            i = SkipSpace(line, i);
            if (i >= line.Length)
            {
                return false;
            }
            if (line[i] == (byte)'}')
            {
                return SkipSpace(line, i + 1) == line.Length;
            }
            if (line[i] != (byte)',')
            {
                return false;
            }
            i = SkipSpace(line, i + 1);
        }
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
