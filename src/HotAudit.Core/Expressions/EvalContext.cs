using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>What a compiled expression may read besides its record: the case's symbols, files and reference data.</summary>
/// <param name="Symbols">The case's symbol table.</param>
/// <param name="FileNames">Symbol of each input file's base name, by file index.</param>
/// <param name="Lookups">Joins with the operation log and reference data.</param>
/// <param name="PeriodFrom">Start of the assessment period (UTC ticks).</param>
/// <param name="PeriodUntil">End of the assessment period (UTC ticks).</param>
/// <param name="Offset">The case's local offset (local days and hours, e.g. for the anomaly monitor).</param>
public sealed record EvalContext(SymbolTable Symbols, IReadOnlyList<int> FileNames, ICaseLookups Lookups, long PeriodFrom = 0, long PeriodUntil = 0,
    TimeSpan Offset = default);
