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
    private readonly Schema _schema;
    private readonly KindMapping? _mapping;
    private readonly Dictionary<string, (int[] Slots, string Name)> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int[] Slots, string Name)>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[1024];

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
                var key = Key(ref reader);
                reader.Read();
                Put(row, key, Value(ref reader, line));
            }
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private (int[] Slots, string Name) Key(ref Utf8JsonReader reader)
    {
        var name = _chars.AsSpan(0, reader.CopyString(_chars));
        if (!_lookup.TryGetValue(name, out var key))
        {
            var text = name.ToString();
            key = (KindMapping.SlotsOf(_schema, _mapping, text), HeaderMap.ExtraName(text, 0));
            _keys[text] = key;
        }
        return key;
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
