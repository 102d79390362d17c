using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>The operation-log checks of DATA-CONTRACT.md after the timestamp, in order; each yields "field:reason" or null.</summary>
internal static class OperationChecks
{
    public static Func<RowBuffer, string?>[] Build(Schema s)
    {
        var action = s.Slot("action");
        var actionColumn = s.Columns[action];
        var checks = new List<Func<RowBuffer, string?>>
        {
            r => !r.Has(action) ? "action:missing action"
                : RowValidator.InVocabulary(actionColumn, r.Get(action)) ? null : $"action:unknown action '{r.Get(action)}'",
        };
        foreach (var name in new[] { "result", "distribution" })
        {
            var slot = s.Slot(name);
            var column = s.Columns[slot];
            checks.Add(r => !r.Has(slot) || RowValidator.InVocabulary(column, r.Get(slot)) ? null
                : $"{name}:'{r.Get(slot)}' is not one of {string.Join(", ", column.Vocabulary!)}");
        }
        return [.. checks];
    }
}
