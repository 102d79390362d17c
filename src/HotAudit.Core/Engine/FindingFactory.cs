using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Findings;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>Turns a rule's merged partial into findings: subject values as text, evidence rows with their telling fields.</summary>
internal sealed class FindingFactory(SymbolTable symbols, IReadOnlyList<string> fileNames, Expressions.EvalContext context)
{
    private static readonly string[] TelemetryEvidence =
        ["device_id", "event", "app_version", "patch_id", "app_state", "user_initiated", "install_mode", "transport", "tls_version", "signature_present", "patch_hash"];

    private static readonly string[] OperationEvidence =
        ["operator", "action", "app_id", "app_version", "patch_id", "patch_version", "result", "approval_id"];

    public IEnumerable<Finding> Create(CompiledRule rule, RulePartial partial)
    {
        var schema = Schemas.For(rule.Rule.Source);
        var timed = rule.Rule.Source.IsEventLog();
        var fields = rule.Rule.Source switch
        {
            InputKind.Telemetry => TelemetryEvidence,
            InputKind.Operations => OperationEvidence,
            _ => schema.Columns.Select(c => c.Name).ToArray(),
        };
        foreach (var (key, acc) in partial.Subjects)
        {
            if (!rule.Keep(acc))
            {
                continue;
            }
            var subject = rule.Rule.Subject.Select((s, i) => new SubjectValue(s.Name, symbols.TextOrNull(key[i]))).ToList();
            yield return new Finding
            {
                Id = FindingIds.Of(rule.Rule.Id, subject),
                Rule = rule.Rule,
                Subject = subject,
                Count = acc.Count,
                FirstSeen = timed ? acc.First : null,
                LastSeen = timed ? acc.Last : null,
                Evidence = acc.Evidence.Select(r => ToEvidence(r, schema, fields, timed)).ToList(),
                Computation = rule.Check?.For(acc, context.PeriodFrom, context.PeriodUntil),
                Note = NoteOf(rule.Note, acc),
                NoteZh = NoteOf(rule.NoteZh, acc),
            };
        }
    }

    /// <summary>A note expression on the finding's earliest evidence row, or null.</summary>
    private string? NoteOf(Expressions.Evaluator? note, SubjectAccumulator acc) =>
        note is not null && acc.Evidence.Count > 0 && note(acc.Evidence[0], context) is { IsNull: false } n ? n.Describe(symbols) : null;

    private Evidence ToEvidence(in Record row, Schema schema, string[] fields, bool timed)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var f in fields)
        {
            var sym = row.Fields[schema.Slot(f)];
            if (sym != SymbolTable.None)
            {
                values.Add(new(f, symbols[sym]));
            }
        }
        return new Evidence(fileNames[row.File], row.Line, timed ? row.Ts : null, values);
    }
}
