using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>
/// Compiled forms of the commonest filters, <c>field == 'text'</c>, <c>field != null</c> and <c>field in ['a', 'b']</c>,
/// as one compare of the record's symbol. Two strings are equal exactly when their symbols are (<see cref="Values.Equal"/>
/// never reads a pair of strings as numbers), and an absent field is symbol 0, the symbol of null and of '', so these
/// give the general comparison's answer without its three delegate calls per row.
/// </summary>
internal static class SymbolTests
{
    /// <summary>The slot of a field read as its symbol (text, enum and number columns), or -1.</summary>
    public static int SymbolSlot(FieldInfo? field) =>
        field is { Slot: >= 0, Type: not (ColumnType.Timestamp or ColumnType.Bool) } ? field.Slot : -1;

    /// <summary>The symbol of a string or null literal, or null for any other node.</summary>
    public static int? LiteralSymbol(Node node, SymbolTable symbols) => node switch
    {
        LiteralNode { Literal: null } => SymbolTable.None,
        LiteralNode { Literal: string s } => symbols.Intern(s),
        _ => null,
    };

    /// <summary><c>field == literal</c>, or <c>!=</c> when <paramref name="negated"/>.</summary>
    public static Evaluator Equal(int slot, int symbol, bool negated) => negated
        ? [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) => Value.Bool(r.Fields[slot] != symbol)
        : [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) => Value.Bool(r.Fields[slot] == symbol);

    /// <summary><c>field in [literals]</c>, or <c>not in</c> when <paramref name="negated"/>.</summary>
    public static Evaluator In(int slot, int[] set, bool negated) => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (in r, _) =>
    {
        var symbol = r.Fields[slot];
        foreach (var s in set)
        {
            if (s == symbol)
            {
                return Value.Bool(!negated);
            }
        }
        return Value.Bool(negated);
    };
}
