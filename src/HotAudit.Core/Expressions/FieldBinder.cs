using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>Resolves the field names of an expression against a schema, plus the derived fields <c>file</c> and <c>line</c>.</summary>
internal sealed class FieldBinder
{
    private readonly Dictionary<string, FieldInfo> _fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Binds the columns of <paramref name="schema"/>, reading booleans through <paramref name="symbols"/> and timestamp
    /// columns other than <c>ts</c> (reference dates such as <c>valid_from</c>) with the case's <paramref name="offset"/>.
    /// </summary>
    public FieldBinder(Schema schema, SymbolTable symbols, TimeSpan? offset = null)
    {
        var times = new TimeColumnReader(symbols, offset ?? HotAudit.Core.Time.Timestamps.DefaultOffset);
        Schema = schema;
        var trueSym = symbols.Intern("true");
        var falseSym = symbols.Intern("false");
        for (var slot = 0; slot < schema.Columns.Count; slot++)
        {
            var column = schema.Columns[slot];
            var s = slot;
            Evaluator read = column.Type switch
            {
                ColumnType.Timestamp when column.Name == "ts" => [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (in r, _) => Value.Time(r.Ts),
                ColumnType.Timestamp => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) => times.Read(r.Fields[s]),
                ColumnType.Bool => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) => r.Fields[s] == trueSym ? Value.True : r.Fields[s] == falseSym ? Value.False : Value.Null,
                _ => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) => Value.String(r.Fields[s]),
            };
            _fields[column.Name] = new FieldInfo(column.Name, read, column.Type, column.Vocabulary, slot);
        }
        _fields["file"] = new FieldInfo("file", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (in r, c) => Value.String(c.FileNames[r.File]), ColumnType.Text, null, -1);
        _fields["line"] = new FieldInfo("line", [MethodImpl(MethodImplOptions.AggressiveOptimization)] static (in r, _) => Value.Number(r.Line), ColumnType.Integer, null, -1);
    }

    /// <summary>The schema bound.</summary>
    public Schema Schema { get; }

    /// <summary>The field of a name, or null.</summary>
    public FieldInfo? Find(string name) => _fields.TryGetValue(name, out var f) ? f : null;

    /// <summary>Every field name, for messages.</summary>
    public IEnumerable<string> Names => _fields.Keys;
}
