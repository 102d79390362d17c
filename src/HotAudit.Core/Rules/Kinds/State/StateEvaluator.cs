using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// A target row fires when its key's state — the latest setter at or before the row's instant — is the firing label.
/// Setters at one instant are applied before the targets at that instant; different labels at one instant leave the
/// state undecided, or the last in file order wins, as the rule says.
/// </summary>
internal sealed class StateEvaluator(Evaluator target, Evaluator[] setters, int fireOn, Evaluator[] key, TieRule ties, Evaluator[] subject, EventGuard guard = default)
    : IEntityEvaluator
{
    private const int Undecided = -1;

    [ThreadStatic]
    private static Dictionary<SubjectKey, int>? _state;

    [ThreadStatic]
    private static Dictionary<SubjectKey, int>? _instant;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var state = _state ??= [];
        var instant = _instant ??= [];
        state.Clear();
        var i = 0;
        while (i < rows.Length)
        {
            if (guard.Skips(rows[i]))
            {
                // No setter and no target: the row changes nothing, and an instant's group may start after it.
                i++;
                continue;
            }
            var j = i;
            while (j < rows.Length && rows[j].Ts == rows[i].Ts)
            {
                j++;
            }
            var group = rows[i..j];
            ApplySetters(group, context, state, instant);
            foreach (ref readonly var row in group)
            {
                if (!guard.Skips(row) && target(row, context).IsTrue && state.TryGetValue(SubjectKey.Of(key, row, context), out var label) && label == fireOn)
                {
                    partial.Hit(SubjectKey.Of(subject, row, context), row);
                }
            }
            i = j;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ApplySetters(ReadOnlySpan<Record> group, EvalContext context, Dictionary<SubjectKey, int> state, Dictionary<SubjectKey, int> instant)
    {
        instant.Clear();
        foreach (ref readonly var row in group)
        {
            var label = guard.Skips(row) ? -1 : LabelOf(row, context);
            if (label < 0)
            {
                continue;
            }
            var k = SubjectKey.Of(key, row, context);
            instant[k] = ties == TieRule.Undecided && instant.TryGetValue(k, out var seen) && seen != label ? Undecided : label;
        }
        foreach (var (k, label) in instant)
        {
            state[k] = label;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LabelOf(in Record row, EvalContext context)
    {
        for (var s = 0; s < setters.Length; s++)
        {
            if (setters[s](row, context).IsTrue)
            {
                return s;
            }
        }
        return -1;
    }
}
