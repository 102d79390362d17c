using System.Globalization;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;
using HotAudit.Core.Time;
using HotAudit.Core.Signing;
using HotAudit.Core.Monitoring;
using HotAudit.Ingestion;

namespace HotAudit.Rules.Testing;

/// <summary>
/// Runs a rule's own examples through the same validation and engine as an assessment: each example is a tiny case
/// (timestamps without an offset read as +08:00) with only that rule applied.
/// </summary>
public static class RuleTester
{
    private static readonly TimeSpan Offset = HotAudit.Core.Time.Timestamps.DefaultOffset;

    /// <summary>Runs every example of every rule.</summary>
    public static IReadOnlyList<ExampleOutcome> Run(IEnumerable<RuleDefinition> rules, IPatchSignatureVerifier? verifier = null, IAnomalyMonitor? monitor = null) =>
        rules.SelectMany(r => r.Examples.Select(e => Run(r, e, verifier, monitor))).ToList();

    /// <summary>Runs one example.</summary>
    public static ExampleOutcome Run(RuleDefinition rule, RuleExample example, IPatchSignatureVerifier? verifier = null, IAnomalyMonitor? monitor = null)
    {
        var (findings, problem) = Evaluate(rule, example, verifier, monitor);
        return problem is not null ? new ExampleOutcome(rule, example, false, problem) : Compare(rule, example, findings);
    }

    /// <summary>The findings of one example, or why its rows cannot be assessed (a rejected row, a period that does not parse).</summary>
    internal static (IReadOnlyList<Finding> Findings, string? Problem) Evaluate(RuleDefinition rule, RuleExample example,
        IPatchSignatureVerifier? verifier = null, IAnomalyMonitor? monitor = null)
    {
        var symbols = new SymbolTable();
        var files = new List<string>();
        using var store = new PartitionStore(1);
        var ops = new List<Record>();
        var references = new Dictionary<InputKind, IReadOnlyList<ReferenceRow>>();
        foreach (var (kindName, rows) in example.Inputs)
        {
            InputKinds.TryParse(kindName, out var kind);
            files.Add($"{kindName}.example");
            if (!kind.IsEventLog())
            {
                references[kind] = rows.Select((r, i) => new ReferenceRow(files[^1], i + 2, r)).ToList();
                continue;
            }
            if (Accept(kind, rows, files.Count - 1, symbols, store, ops) is { } bad)
            {
                return ([], bad);
            }
        }
        if (Period(example, store, ops) is not var (from, until))
        {
            return ([], "the example's period does not parse");
        }
        var outcome = Evaluation.Run(new EvaluationInput(symbols, files, new LocalTelemetry(store), ops,
            new ReferenceData(references, Keys(example.Fixture), new Dictionary<string, Core.Clauses.Attestation>())
            {
                PatchFileDigests = PatchFiles.Digests(example.Fixture, references.GetValueOrDefault(InputKind.Patches) ?? []),
            }, example.Fixture, [rule],
            example.Set.ToDictionary(kv => $"{rule.Id}.{kv.Key}", kv => kv.Value), 5, 1, Offset, from, until) { Verifier = verifier, Monitor = monitor });
        return (outcome.Findings, null);
    }

    private static string? Keys(string? fixture) =>
        fixture is not null && Directory.Exists(Path.Combine(fixture, "keys")) ? Path.Combine(fixture, "keys") : null;

    /// <summary>The example's period, else the span of its event rows (telemetry times are read back from the store).</summary>
    private static (long From, long Until)? Period(RuleExample example, PartitionStore store, List<Record> ops)
    {
        if (example.Period is { } p)
        {
            return Timestamps.TryParse(p.From, Offset, out var f, out _) && Timestamps.TryParse(p.Until, Offset, out var u, out _) ? (f, u) : null;
        }
        var times = ops.Select(r => r.Ts).Concat(store.Read(0).Select(r => r.Ts)).ToList();
        return times.Count == 0 ? (0, 0) : (times.Min(), times.Max());
    }

    private static string? Accept(InputKind kind, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, int file, SymbolTable symbols, PartitionStore store, List<Record> ops)
    {
        var schema = Schemas.For(kind);
        var validator = new RowValidator(schema, symbols, Offset);
        var buffer = new RowBuffer(schema.Columns.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            buffer.Clear();
            buffer.Line = i + 2;
            var fp = Fingerprint.Start;
            foreach (var (column, value) in rows[i])
            {
                var slot = schema.SlotOfHeader(column);
                if (slot < 0)
                {
                    return $"{kind.Prefix()} row {i + 1}: unknown column '{column}'";
                }
                buffer.Set(slot, value);
                fp = Fingerprint.Add(Fingerprint.Add(fp, column), value);
            }
            buffer.RawFingerprint = fp;
            if (!validator.TryAccept(buffer, file, out var record, out var field, out var reason))
            {
                return $"{kind.Prefix()} row {i + 1} is rejected ({field}: {reason}); fix the example";
            }
            if (kind == InputKind.Telemetry)
            {
                store.Add(record);
            }
            else
            {
                ops.Add(record);
            }
        }
        return null;
    }

    private static ExampleOutcome Compare(RuleDefinition rule, RuleExample example, IReadOnlyList<Finding> findings)
    {
        var got = findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
        if (!example.MustFire)
        {
            return new ExampleOutcome(rule, example, got.Count == 0, got.Count == 0 ? "silent, as expected" : "fired: " + string.Join("; ", got));
        }
        if (example.Expect.Count == 0)
        {
            return new ExampleOutcome(rule, example, got.Count > 0, got.Count > 0 ? "fired: " + string.Join("; ", got) : "did not fire");
        }
        var want = example.Expect.Select(e => Describe(rule, e)).Order(StringComparer.Ordinal).ToList();
        var same = want.SequenceEqual(got);
        return new ExampleOutcome(rule, example, same, same ? "fired as expected" : $"expected {string.Join("; ", want)} but got {(got.Count == 0 ? "nothing" : string.Join("; ", got))}");
    }

    private static string Describe(Finding f) =>
        string.Join(", ", f.Subject.Select(s => $"{s.Key}={s.Value}")) + $" count={f.Count.ToString(CultureInfo.InvariantCulture)}";

    private static string Describe(RuleDefinition rule, IReadOnlyDictionary<string, string> expect) =>
        string.Join(", ", rule.Subject.Select(s => $"{s.Name}={(expect.TryGetValue(s.Name, out var v) ? v : "")}"))
        + $" count={(expect.TryGetValue("count", out var c) ? c : "?")}";
}
