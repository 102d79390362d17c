using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Monitoring;

/// <summary>What the monitor reads besides telemetry.</summary>
/// <param name="Symbols">The case's symbols.</param>
/// <param name="OperationsByTime">Accepted operation-log rows, in time order.</param>
/// <param name="Offset">The case's local offset: days are local days.</param>
/// <param name="Parameters">The monitor rule's parameters in effect (name → number or text).</param>
public sealed record MonitorRun(SymbolTable Symbols, IReadOnlyList<Record> OperationsByTime, TimeSpan Offset, IReadOnlyDictionary<string, object> Parameters)
{
    /// <summary>A numeric parameter, or <paramref name="fallback"/> when absent or not a number.</summary>
    public double Number(string name, double fallback) =>
        Parameters.TryGetValue(name, out var v) && v is double d ? d : fallback;
}
