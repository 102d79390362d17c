using System.Runtime.CompilerServices;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>Equality and ordering of values, with strings that read as numbers compared as numbers.</summary>
public static class Values
{
    /// <summary>Whether two values are equal; an absent value equals only an absent value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Equal(Value a, Value b, SymbolTable symbols)
    {
        if (a.Kind == b.Kind)
        {
            return a.Kind switch
            {
                ValueKind.Null => true,
                ValueKind.Number => a.Num == b.Num,
                _ => a.Bits == b.Bits,
            };
        }
        if (a.IsNull || b.IsNull)
        {
            return false;
        }
        return a.TryNumber(symbols, out var x) && b.TryNumber(symbols, out var y) && x == y;
    }

    /// <summary>Orders two values: numbers (and numeric strings) by value, instants in time, other strings ordinally; null when not comparable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int? Compare(Value a, Value b, SymbolTable symbols)
    {
        if (a.IsNull || b.IsNull)
        {
            return null;
        }
        if (a.Kind == ValueKind.Time && b.Kind == ValueKind.Time)
        {
            return a.Bits.CompareTo(b.Bits);
        }
        if (a.TryNumber(symbols, out var x) && b.TryNumber(symbols, out var y))
        {
            return x.CompareTo(y);
        }
        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            return string.CompareOrdinal(symbols[a.Symbol], symbols[b.Symbol]);
        }
        return null;
    }
}
