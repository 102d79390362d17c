using System.Collections.Concurrent;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Expressions;

/// <summary>
/// Remembers a pure function of a text value by the value's symbol, so a call such as <c>tls(tls_version)</c> parses
/// each distinct value once per case instead of once per row (and stops allocating for it). Rows are evaluated on
/// several threads at once; a memo belongs to the symbol table it was filled from and starts over for another one.
/// </summary>
internal sealed class SymbolMemo(Func<EvalContext, string, Value> function, int capacity = SymbolMemo.DefaultCapacity)
{
    /// <summary>Distinct values remembered; beyond it the function is simply called.</summary>
    public const int DefaultCapacity = 1 << 16;

    private Memo? _memo;

    /// <summary>The function's value for the text of <paramref name="symbol"/>.</summary>
    public Value Get(EvalContext context, int symbol)
    {
        var memo = Volatile.Read(ref _memo);
        if (memo is null || !ReferenceEquals(memo.Symbols, context.Symbols))
        {
            memo = new Memo(context.Symbols);
            Volatile.Write(ref _memo, memo);
        }
        if (memo.Values.TryGetValue(symbol, out var value))
        {
            return value;
        }
        value = function(context, context.Symbols[symbol]);
        if (Volatile.Read(ref memo.Count) < capacity && memo.Values.TryAdd(symbol, value))
        {
            Interlocked.Increment(ref memo.Count);
        }
        return value;
    }

    private sealed class Memo(SymbolTable symbols)
    {
        public readonly SymbolTable Symbols = symbols;
        public readonly ConcurrentDictionary<int, Value> Values = new();
        public int Count;
    }
}
