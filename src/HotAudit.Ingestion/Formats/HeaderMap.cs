using System.Text;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>Where each column of a file goes: a schema slot, or an extra attribute under the header's own name.</summary>
internal sealed class HeaderMap
{
    private readonly int[][] _slots;
    private readonly string[] _names;

    private HeaderMap(int[][] slots, string[] names)
    {
        _slots = slots;
        _names = names;
    }

    /// <summary>Number of columns in the header.</summary>
    public int Count => _slots.Length;

    /// <summary>Maps a header row, renaming columns first by <paramref name="mapping"/> if any; fails when every header name is empty.</summary>
    public static HeaderMap Create(Schema schema, IReadOnlyList<string> headers, KindMapping? mapping = null)
    {
        if (headers.All(h => string.IsNullOrWhiteSpace(h.TrimStart('\uFEFF'))))
        {
            throw new InvalidDataException(RunMessages.NoHeaderLine.En);
        }
        var slots = new int[headers.Count][];
        var names = new string[headers.Count];
        for (var i = 0; i < headers.Count; i++)
        {
            names[i] = ExtraName(headers[i], i);
            slots[i] = KindMapping.SlotsOf(schema, mapping, headers[i]);
        }
        return new HeaderMap(slots, names);
    }

    /// <summary>The name an unknown column is kept under: its header, or <c>column_N</c> (1-based) without one.</summary>
    public static string ExtraName(string? header, int index)
    {
        var name = header?.Trim().TrimStart('\uFEFF').Trim();
        return string.IsNullOrEmpty(name) ? $"column_{index + 1}" : name;
    }

    /// <summary>The one schema slot column <paramref name="index"/> fills, or -1 (an extra attribute, or several slots).</summary>
    public int SingleSlot(int index) => index < _slots.Length && _slots[index] is [var slot] ? slot : -1;

    /// <summary>
    /// Puts the value of column <paramref name="index"/>, given as UTF-8, into the row: the same as <see cref="Put"/> of
    /// its decoded text, and a known column's ASCII value is not decoded at all.
    /// </summary>
    public void PutUtf8(RowBuffer row, int index, ReadOnlySpan<byte> value)
    {
        if (index >= _slots.Length || _slots[index].Length == 0)
        {
            Put(row, index, Encoding.UTF8.GetString(value));
            return;
        }
        foreach (var slot in _slots[index])
        {
            row.SetUtf8(slot, value);
        }
    }

    /// <summary>Puts the value of column <paramref name="index"/> into the row.</summary>
    public void Put(RowBuffer row, int index, ReadOnlySpan<char> value)
    {
        if (index >= _slots.Length)
        {
            row.AddExtra(ExtraName(null, index), value);
        }
        else if (_slots[index].Length == 0)
        {
            row.AddExtra(_names[index], value);
        }
        else
        {
            foreach (var slot in _slots[index])
            {
                row.Set(slot, value);
            }
        }
    }
}
