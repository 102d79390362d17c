using System.Runtime.CompilerServices;

namespace HotAudit.Core.Data;

/// <summary>The symbol of each column of a record, by the column's slot in its <see cref="Contract.Schema"/>.</summary>
[InlineArray(Capacity)]
public struct FieldSlots
{
    /// <summary>Columns a record can hold (the widest input, telemetry, has 21).</summary>
    public const int Capacity = 24;

    private int _element0;
}
