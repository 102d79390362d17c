using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>The operation-log checks of DATA-CONTRACT.md after the timestamp, in order; each yields "field:reason" or null.</summary>
internal static class OperationChecks
{
    public static Func<RowBuffer, string?>[] Build(Schema s)
    {
        var action = s.Slot("action");
        var actionColumn = s.Columns[action];
        var actions = new VocabularySet(actionColumn);
        var checks = new List<Func<RowBuffer, string?>>
        {
            r => !r.Has(action) ? "action:" + Quality.RejectionReasons.MissingAction.En
                : actions.Contains(r.Get(action)) ? null : "action:" + Quality.RejectionReasons.UnknownAction.Format(r.Get(action).ToString()),
        };
        foreach (var name in new[] { "result", "distribution" })
        {
            var slot = s.Slot(name);
            var column = s.Columns[slot];
            var words = new VocabularySet(column);
            checks.Add(r => !r.Has(slot) || words.Contains(r.Get(slot)) ? null
                : $"{name}:{Quality.RejectionReasons.NotOneOf.Format(r.Get(slot).ToString(), string.Join(", ", column.Vocabulary!))}");
        }
        return [.. checks];
    }
}
