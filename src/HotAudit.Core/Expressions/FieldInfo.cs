using HotAudit.Core.Contract;

namespace HotAudit.Core.Expressions;

/// <summary>A field an expression can name: how to read it and what its values may be.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Read">Reads the field from a record.</param>
/// <param name="Type">Its column type.</param>
/// <param name="Vocabulary">The allowed values of an enum field.</param>
/// <param name="Slot">Its slot in the record, or -1 for derived fields.</param>
internal sealed record FieldInfo(string Name, Evaluator Read, ColumnType Type, IReadOnlyList<string>? Vocabulary, int Slot);
