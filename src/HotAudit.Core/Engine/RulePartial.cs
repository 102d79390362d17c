using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Rules;

namespace HotAudit.Core.Engine;

/// <summary>
/// A rule's results over one partition (or the whole operation log): per subject, the accumulated count and evidence.
/// Entities (devices) are evaluated one at a time between <see cref="BeginEntity"/> and <see cref="EndEntity"/>, so a
/// device that fires several times for a subject counts once. Partials of different partitions add up by <see cref="Merge"/>.
/// </summary>
internal sealed class RulePartial(CountMode mode, int evidenceCap)
{
    private readonly HashSet<SubjectKey> _entityHits = [];

    internal Dictionary<SubjectKey, SubjectAccumulator> Subjects { get; } = [];

    /// <summary>Starts an entity.</summary>
    public void BeginEntity() => _entityHits.Clear();

    /// <summary>A row fired for a subject.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Hit(SubjectKey subject, in Record row)
    {
        var acc = Get(subject);
        acc.Touch(row);
        switch (mode)
        {
            case CountMode.Devices:
                _entityHits.Add(subject);
                break;
            case CountMode.Rows:
                acc.Count++;
                break;
            case CountMode.One:
                acc.Count = 1;
                break;
        }
    }

    /// <summary>A window of <paramref name="size"/> rows fired (window_max counts keep the largest).</summary>
    public void Window(SubjectKey subject, long size)
    {
        var acc = Get(subject);
        acc.Count = mode == CountMode.WindowMax ? Math.Max(acc.Count, size) : acc.Count;
    }

    /// <summary>Adds a computed amount to a subject's count (value counts and dataset assertions); the subject counts as fired.</summary>
    public void Add(SubjectKey subject, long amount, long first, long last)
    {
        var acc = Get(subject);
        acc.Count += amount;
        acc.Fired = true;
        acc.Widen(first, last);
    }

    /// <summary>Keeps a row as evidence of a subject without counting it.</summary>
    public void Evidence(SubjectKey subject, in Record row) => Get(subject).Touch(row);

    /// <summary>An entity counts toward a subject's base (share rules).</summary>
    public void AddBase(SubjectKey subject) => Get(subject).Base++;

    /// <summary>Ends an entity: each subject it fired for counts one device.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EndEntity()
    {
        foreach (var s in _entityHits)
        {
            Subjects[s].Count++;
        }
        _entityHits.Clear();
    }

    /// <summary>Adds another partition's results.</summary>
    public void Merge(RulePartial other)
    {
        foreach (var (key, acc) in other.Subjects)
        {
            Get(key).Merge(acc, mode == CountMode.WindowMax);
        }
    }

    /// <summary>Writes the results for another process, which adds them with <see cref="Read"/>.</summary>
    public void Write(Portable.PortableWriter writer)
    {
        writer.Long(Subjects.Count);
        foreach (var (key, acc) in Subjects)
        {
            for (var i = 0; i < SubjectKey.Capacity; i++)
            {
                writer.Symbol(key[i]);
            }
            acc.Write(writer);
        }
    }

    /// <summary>Adds results written by <see cref="Write"/> (in any process), as <see cref="Merge"/> would.</summary>
    public void Read(Portable.PortableReader reader)
    {
        var count = reader.Long();
        for (var n = 0; n < count; n++)
        {
            var key = new SubjectKey(reader.Symbol(), reader.Symbol(), reader.Symbol(), reader.Symbol());
            Get(key).Merge(SubjectAccumulator.Read(reader, evidenceCap), mode == CountMode.WindowMax);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SubjectAccumulator Get(SubjectKey subject)
    {
        if (!Subjects.TryGetValue(subject, out var acc))
        {
            Subjects[subject] = acc = new SubjectAccumulator(evidenceCap);
        }
        return acc;
    }
}
