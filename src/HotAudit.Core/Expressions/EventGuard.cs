using System.Runtime.CompilerServices;
using HotAudit.Core.Data;

namespace HotAudit.Core.Expressions;

/// <summary>
/// Which rows a mechanism's filters can possibly hold for, told by one symbol column (telemetry's <c>event</c>): a row
/// whose symbol is not in the set fails every filter of the mechanism, so its evaluator skips the row with one array
/// read instead of calling the filters' delegates. Built from the filters' syntax (<see cref="Compiler.EventSymbols"/>)
/// only where that is certain: <c>event == 'x'</c>, <c>event in ['x', 'y']</c>, and <c>&amp;&amp;</c> / <c>||</c> of
/// such; any other filter leaves the guard open (<see cref="Open"/>: no row is skipped).
/// </summary>
internal readonly struct EventGuard
{
    private readonly bool[]? _mask;
    private readonly int _slot;

    private EventGuard(int slot, bool[] mask)
    {
        _slot = slot;
        _mask = mask;
    }

    /// <summary>A guard that skips no row.</summary>
    public static EventGuard Open => default;

    /// <summary>Whether the guard skips rows at all.</summary>
    public bool IsOpen => _mask is null;

    /// <summary>A guard that keeps the rows whose column <paramref name="slot"/> holds one of <paramref name="symbols"/>.</summary>
    public static EventGuard Of(int slot, IReadOnlyCollection<int> symbols)
    {
        var mask = new bool[symbols.Count == 0 ? 1 : symbols.Max() + 1];
        foreach (var s in symbols)
        {
            mask[s] = true;
        }
        return new EventGuard(slot, mask);
    }

    /// <summary>Whether every filter of the mechanism is false for <paramref name="row"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Skips(in Record row)
    {
        if (_mask is not { } mask)
        {
            return false;
        }
        var symbol = (uint)row.Fields[_slot];
        return symbol >= (uint)mask.Length || !mask[symbol];
    }
}
