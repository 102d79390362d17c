namespace HotAudit.Core.Contract;

/// <summary>
/// The columns of one input kind. A column's slot in <see cref="Data.Record.Fields"/> is its index here; the slot
/// after the last column holds the unknown columns of a row (kept as extra attributes, as JSON text).
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a schema.</summary>
    public Schema(InputKind kind, IReadOnlyList<Column> columns)
    {
        Kind = kind;
        Columns = columns;
        for (var i = 0; i < columns.Count; i++)
        {
            _slots[columns[i].Name] = i;
        }
    }

    /// <summary>The input kind.</summary>
    public InputKind Kind { get; }

    /// <summary>Columns in slot order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The slot of the extra attributes (unknown columns).</summary>
    public int ExtrasSlot => Columns.Count;

    /// <summary>The slot of a canonical column name, or -1.</summary>
    public int SlotOf(string canonicalName) => _slots.TryGetValue(canonicalName, out var slot) ? slot : -1;

    /// <summary>The slot of a canonical column name; throws when the schema has no such column.</summary>
    public int Slot(string canonicalName) =>
        SlotOf(canonicalName) is var s and >= 0 ? s : throw new ArgumentException($"{Kind.Prefix()} has no column '{canonicalName}'");

    /// <summary>The slot a header name maps to (canonical name or alias, case-insensitive, trimmed), or -1.</summary>
    public int SlotOfHeader(string header) => SlotOf(HeaderAliases.Canonical(header));
}
