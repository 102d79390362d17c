using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>Reads operation-log records by column name.</summary>
internal sealed class OperationView(SymbolTable symbols)
{
    private static readonly Schema Ops = Schemas.Operations;
    private static readonly int ActionSlot = Ops.Slot("action");

    public SymbolTable Symbols => symbols;

    public string Action(in Record row) => symbols[row.Fields[ActionSlot]];

    public int this[in Record row, string column] => row.Fields[Ops.Slot(column)];

    public string? Text(in Record row, string column) => symbols.TextOrNull(row.Fields[Ops.Slot(column)]);
}
