using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>
/// The section of a mapping for one input kind: source columns renamed to canonical ones (looked up before the alias
/// table), value maps per canonical column (case-insensitive) and defaults for columns a row leaves empty.
/// </summary>
internal sealed class KindMapping
{
    private static readonly int[] NoSlots = [];

    private readonly Dictionary<string, int[]> _columns;
    private readonly (int Slot, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Map)[] _values;
    private readonly (int Slot, string Value)[] _defaults;

    /// <summary>Creates a section; the dictionaries of <paramref name="columns"/> and <paramref name="values"/> must ignore case.</summary>
    public KindMapping(Dictionary<string, int[]> columns, IReadOnlyDictionary<int, Dictionary<string, string>> values,
        IReadOnlyDictionary<int, string> defaults)
    {
        _columns = columns;
        _values = [.. values.Select(v => (v.Key, v.Value.GetAlternateLookup<ReadOnlySpan<char>>()))];
        _defaults = [.. defaults.Select(d => (d.Key, d.Value))];
    }

    /// <summary>
    /// The slots a header fills: those the mapping renames it to, else its canonical or alias slot, else none (an
    /// extra attribute). Works without a mapping too.
    /// </summary>
    public static int[] SlotsOf(Schema schema, KindMapping? mapping, string header)
    {
        var name = header.Trim().TrimStart('\uFEFF').Trim();
        if (mapping is not null && mapping._columns.TryGetValue(name, out var mapped))
        {
            return mapped;
        }
        var slot = schema.SlotOfHeader(name);
        return slot >= 0 ? [slot] : NoSlots;
    }

    /// <summary>Applies the value maps to the values a row has, then the defaults to the columns it lacks.</summary>
    public void Apply(RowBuffer row)
    {
        foreach (var (slot, map) in _values)
        {
            if (row.Has(slot) && map.TryGetValue(row.Get(slot), out var mapped))
            {
                row.Set(slot, mapped);
            }
        }
        foreach (var (slot, value) in _defaults)
        {
            if (!row.Has(slot))
            {
                row.Set(slot, value);
            }
        }
    }
}
