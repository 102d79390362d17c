using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;

namespace HotAudit.Core.Rules.Kinds;

/// <summary>
/// More than <c>threshold</c> matching rows within any sliding window of length <c>within</c>, closed at both ends
/// (rows exactly that far apart are in one window), per subject and key. The rows of the fullest window are the evidence.
/// </summary>
internal sealed class WindowEvaluator(Evaluator when, long withinTicks, double threshold, Evaluator[] key, Evaluator[] subject, EventGuard guard = default)
    : IEntityEvaluator
{
    [ThreadStatic]
    private static Dictionary<(SubjectKey Subject, SubjectKey Key), List<int>>? _groups;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Evaluate(ReadOnlySpan<Record> rows, EvalContext context, RulePartial partial)
    {
        var groups = _groups ??= [];
        foreach (var list in groups.Values)
        {
            list.Clear();
        }
        for (var i = 0; i < rows.Length; i++)
        {
            if (!guard.Skips(rows[i]) && when(rows[i], context).IsTrue)
            {
                var g = (SubjectKey.Of(subject, rows[i], context), SubjectKey.Of(key, rows[i], context));
                if (!groups.TryGetValue(g, out var list))
                {
                    groups[g] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var ((subj, _), indexes) in groups)
        {
            if (indexes.Count > threshold)
            {
                Fullest(rows, indexes, subj, partial);
            }
        }
        if (groups.Count > 1024)
        {
            groups.Clear();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fullest(ReadOnlySpan<Record> rows, List<int> indexes, SubjectKey subject, RulePartial partial)
    {
        int best = 0, bestStart = 0, start = 0;
        for (var end = 0; end < indexes.Count; end++)
        {
            while (rows[indexes[end]].Ts - rows[indexes[start]].Ts > withinTicks)
            {
                start++;
            }
            if (end - start + 1 > best)
            {
                best = end - start + 1;
                bestStart = start;
            }
        }
        if (best <= threshold)
        {
            return;
        }
        for (var i = bestStart; i < bestStart + best; i++)
        {
            partial.Hit(subject, rows[indexes[i]]);
        }
        partial.Window(subject, best);
    }
}
