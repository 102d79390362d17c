using System.Runtime.CompilerServices;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>What is known so far of one subject of one rule: its count, time span and earliest evidence rows.</summary>
internal sealed class SubjectAccumulator(int evidenceCap)
{
    private readonly List<Record> _evidence = [];

    public long Count { get; set; }

    public long First { get; private set; } = long.MaxValue;

    public long Last { get; private set; } = long.MinValue;

    /// <summary>Whether the subject fired even when its count is 0 (a dataset assertion such as "0 days covered").</summary>
    public bool Fired { get; set; }

    /// <summary>Entities with a base row (share rules).</summary>
    public long Base { get; set; }

    public IReadOnlyList<Record> Evidence => _evidence;

    /// <summary>Records a row behind the subject: widens its span and keeps it if among the earliest N.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Touch(in Record row)
    {
        First = Math.Min(First, row.Ts);
        Last = Math.Max(Last, row.Ts);
        if (_evidence.Count == evidenceCap && Record.CompareByTime(row, _evidence[^1]) >= 0)
        {
            return;
        }
        var i = _evidence.Count;
        while (i > 0 && Record.CompareByTime(row, _evidence[i - 1]) < 0)
        {
            i--;
        }
        if (i < _evidence.Count && SameRow(_evidence[i], row))
        {
            return;
        }
        _evidence.Insert(i, row);
        if (_evidence.Count > evidenceCap)
        {
            _evidence.RemoveAt(_evidence.Count - 1);
        }
    }

    /// <summary>Widens the time span without keeping a row.</summary>
    public void Widen(long first, long last)
    {
        First = Math.Min(First, first);
        Last = Math.Max(Last, last);
    }

    /// <summary>Adds what another partition found for the same subject.</summary>
    public void Merge(SubjectAccumulator other, bool takeMaxCount)
    {
        Count = takeMaxCount ? Math.Max(Count, other.Count) : Count + other.Count;
        Base += other.Base;
        Fired |= other.Fired;
        First = Math.Min(First, other.First);
        Last = Math.Max(Last, other.Last);
        foreach (var row in other._evidence)
        {
            Touch(row);
        }
    }

    /// <summary>Writes the accumulator for another process.</summary>
    public void Write(Portable.PortableWriter writer)
    {
        writer.Long(Count);
        writer.Long(Base);
        writer.Bool(Fired);
        writer.Long(First);
        writer.Long(Last);
        writer.Long(_evidence.Count);
        foreach (var row in _evidence)
        {
            writer.Record(row);
        }
    }

    /// <summary>Reads an accumulator written by <see cref="Write"/>.</summary>
    public static SubjectAccumulator Read(Portable.PortableReader reader, int evidenceCap)
    {
        var acc = new SubjectAccumulator(evidenceCap) { Count = reader.Long(), Base = reader.Long(), Fired = reader.Bool() };
        acc.First = reader.Long();
        acc.Last = reader.Long();
        var rows = reader.Long();
        for (var i = 0; i < rows; i++)
        {
            acc._evidence.Add(reader.Record());
        }
        return acc;
    }

    private static bool SameRow(in Record a, in Record b) => a.File == b.File && a.Line == b.Line && a.Ts == b.Ts;
}
