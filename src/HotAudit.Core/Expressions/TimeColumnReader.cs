using System.Collections.Concurrent;
using HotAudit.Core.Symbols;
using HotAudit.Core.Time;

namespace HotAudit.Core.Expressions;

/// <summary>Reads a timestamp column's symbol as an instant, once per distinct value; an unreadable value is absent.</summary>
internal sealed class TimeColumnReader(SymbolTable symbols, TimeSpan offset)
{
    private readonly ConcurrentDictionary<int, Value> _cache = new();

    public Value Read(int symbol) => symbol == SymbolTable.None ? Value.Null : _cache.GetOrAdd(symbol, s =>
        Timestamps.TryParse(symbols[s], offset, out var t, out _) ? Value.Time(t) : Value.Null);
}
