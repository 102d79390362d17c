using HotAudit.Core.Rules;

namespace HotAudit.Core.Engine;

/// <summary>A rule compiled against a case: its evaluator, and for share rules the test applied after merging.</summary>
internal sealed class CompiledRule
{
    internal CompiledRule(RuleDefinition rule, IEntityEvaluator evaluator, IReadOnlyDictionary<string, object> parameters, (double MinBase, double Threshold)? share)
    {
        Rule = rule;
        Evaluator = evaluator;
        Parameters = parameters;
        Share = share;
    }

    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Its compiled mechanism.</summary>
    public IEntityEvaluator Evaluator { get; }

    /// <summary>The compiled note expression, if the rule has one.</summary>
    public Expressions.Evaluator? Note { get; init; }

    /// <summary>The compiled Chinese note expression, if the rule has one.</summary>
    public Expressions.Evaluator? NoteZh { get; init; }

    /// <summary>Parameters in effect.</summary>
    public IReadOnlyDictionary<string, object> Parameters { get; }

    internal (double MinBase, double Threshold)? Share { get; }

    /// <summary>For threshold mechanisms: what each finding's <see cref="Findings.Computation"/> is made of.</summary>
    internal ThresholdCheck? Check { get; init; }

    /// <summary>A new, empty partial for this rule.</summary>
    public RulePartial NewPartial(int evidenceCap) => new(Rule.Count, evidenceCap);

    /// <summary>Whether a merged subject is a finding: share rules need enough base entities and a share above the threshold.</summary>
    internal bool Keep(SubjectAccumulator acc) => Share is not { } s
        ? acc.Count > 0 || acc.Fired
        : acc.Base >= s.MinBase && acc.Count > 0 && (double)acc.Count / acc.Base > s.Threshold;
}
