using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>The rows of each reference kind, gathered over its files.</summary>
internal sealed class ReferenceTables
{
    private readonly Dictionary<InputKind, List<ReferenceRow>> _rows = [];

    /// <summary>The list that the rows of a kind go to (created on first use, so a kind with a file is present even when empty).</summary>
    public List<ReferenceRow> For(InputKind kind) => _rows.TryGetValue(kind, out var rows) ? rows : _rows[kind] = [];

    /// <summary>The tables, with patches reduced to the last row per patch_id (at the place of its first row).</summary>
    public IReadOnlyDictionary<InputKind, IReadOnlyList<ReferenceRow>> Build()
    {
        var result = new Dictionary<InputKind, IReadOnlyList<ReferenceRow>>();
        foreach (var (kind, rows) in _rows)
        {
            result[kind] = kind == InputKind.Patches ? LastPerPatch(rows) : rows;
        }
        return result;
    }

    private static List<ReferenceRow> LastPerPatch(List<ReferenceRow> rows)
    {
        var result = new List<ReferenceRow>(rows.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row["patch_id"] is not { } id)
            {
                result.Add(row);
            }
            else if (index.TryGetValue(id, out var at))
            {
                result[at] = row;
            }
            else
            {
                index[id] = result.Count;
                result.Add(row);
            }
        }
        return result;
    }
}
