using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Data;

/// <summary>
/// Turns reference rows (rosters, manifests, registers) into records so rules can read them like events: values
/// interned, enum values lower-cased, booleans as "true"/"false" (an unreadable one is absent), timestamps kept as text
/// (read with the case offset when a rule compares them), <c>ts</c> 0.
/// </summary>
internal static class ReferenceRecords
{
    /// <summary>Records of the rows, with <see cref="Record.File"/> the index of the row's file in <paramref name="fileNames"/>.</summary>
    public static Record[] Build(Schema schema, IReadOnlyList<ReferenceRow> rows, SymbolTable symbols, IReadOnlyList<string> fileNames)
    {
        var files = fileNames.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var records = new Record[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var r = new Record { File = files.GetValueOrDefault(row.File), Line = row.Line };
            for (var slot = 0; slot < schema.Columns.Count; slot++)
            {
                r.Fields[slot] = Symbol(schema.Columns[slot], row[schema.Columns[slot].Name], symbols);
            }
            records[i] = r;
        }
        return records;
    }

    private static int Symbol(Column column, string? value, SymbolTable symbols)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return SymbolTable.None;
        }
        var v = value.Trim();
        return column.Type switch
        {
            ColumnType.Enum => symbols.Intern(v.ToLowerInvariant()),
            ColumnType.Bool => RowValidator.ReadBool(v) is { } b ? symbols.Intern(b ? "true" : "false") : SymbolTable.None,
            _ => symbols.Intern(v),
        };
    }
}
