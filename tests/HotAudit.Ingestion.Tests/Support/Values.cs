using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

/// <summary>Reads column values back from records.</summary>
internal static class Values
{
    public static string? Telemetry(this Record record, SymbolTable symbols, string column) =>
        symbols.TextOrNull(record.Fields[Schemas.Telemetry.Slot(column)]);

    public static string? Operation(this Record record, SymbolTable symbols, string column) =>
        symbols.TextOrNull(record.Fields[Schemas.Operations.Slot(column)]);

    public static string? Extras(this Record record, SymbolTable symbols, Schema schema) =>
        symbols.TextOrNull(record.Fields[schema.ExtrasSlot]);
}
