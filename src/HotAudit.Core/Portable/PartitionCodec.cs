using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Portable;

/// <summary>
/// The two things that cross processes when a cluster evaluates a case: batches of accepted telemetry records (reader →
/// partition) and a partition's telemetry outcome (partition → coordinator). Values travel as text, so each process
/// keeps its own symbol table.
/// </summary>
public static class PartitionCodec
{
    /// <summary>Writes a batch of records.</summary>
    public static byte[] WriteRecords(SymbolTable symbols, ReadOnlySpan<Record> records)
    {
        var writer = new PortableWriter(symbols);
        writer.Long(records.Length);
        foreach (ref readonly var r in records)
        {
            writer.Record(r);
        }
        return writer.ToArray();
    }

    /// <summary>Reads a batch of records into <paramref name="sink"/>; returns how many.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a record batch.</exception>
    public static long ReadRecords(byte[] batch, SymbolTable symbols, ITelemetrySink sink)
    {
        var reader = new PortableReader(batch, symbols);
        var count = reader.Long();
        for (var i = 0; i < count; i++)
        {
            sink.Add(reader.Record());
        }
        return count;
    }

    /// <summary>Writes a partition's outcome: the rule ids it ran (to check alignment), each rule's and observer's partial, and its duplicates.</summary>
    internal static byte[] WriteOutcome(SymbolTable symbols, IReadOnlyList<CompiledRule> rules, TelemetryOutcome outcome)
    {
        var writer = new PortableWriter(symbols);
        writer.Long(rules.Count);
        foreach (var rule in rules)
        {
            writer.Symbol(symbols.Intern(rule.Rule.Id));
        }
        foreach (var partial in outcome.Partials)
        {
            partial.Write(writer);
        }
        writer.Long(outcome.Observed.Length);
        foreach (var observed in outcome.Observed)
        {
            observed.Write(writer);
        }
        writer.Long(outcome.Duplicates.Length);
        foreach (var d in outcome.Duplicates)
        {
            writer.Long(d);
        }
        return writer.ToArray();
    }

    /// <summary>Adds a partition's outcome into <paramref name="into"/> (made for the same rules and observers, in this process).</summary>
    /// <exception cref="InvalidDataException">The partition ran other rules or observers, or the bytes are not an outcome.</exception>
    internal static void ReadOutcome(byte[] bytes, SymbolTable symbols, IReadOnlyList<CompiledRule> rules, TelemetryOutcome into)
    {
        var reader = new PortableReader(bytes, symbols);
        var ids = new string[reader.Long()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = symbols[reader.Symbol()];
        }
        if (!ids.SequenceEqual(rules.Select(r => r.Rule.Id)))
        {
            throw new InvalidDataException($"partition outcome: it ran rules [{string.Join(", ", ids)}], this run has [{string.Join(", ", rules.Select(r => r.Rule.Id))}]");
        }
        foreach (var partial in into.Partials)
        {
            partial.Read(reader);
        }
        if (reader.Long() != into.Observed.Length)
        {
            throw new InvalidDataException("partition outcome: it ran other observers than this run");
        }
        foreach (var observed in into.Observed)
        {
            observed.Read(reader);
        }
        var files = reader.Long();
        for (var f = 0; f < files; f++)
        {
            into.Duplicates[f] += reader.Long();
        }
        if (!reader.AtEnd)
        {
            throw new InvalidDataException("partition outcome: unexpected bytes after the end");
        }
    }
}
