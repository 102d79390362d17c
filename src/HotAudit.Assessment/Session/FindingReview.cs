using HotAudit.Core.Findings;
using HotAudit.Rules.Packs;

namespace HotAudit.Assessment;

/// <summary>The findings after waivers and the comparison with the previous run, with what the run should say about them.</summary>
internal sealed record FindingReview(IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> Resolved, IReadOnlyList<string> Notices)
{
    /// <summary>Applies the waivers at <paramref name="now"/>, then compares with the baseline if there is one.</summary>
    public static FindingReview Apply(IReadOnlyList<Finding> findings, ReviewInputs review, RuleSet rules, DateTimeOffset now, TimeSpan offset)
    {
        var waived = WaiverMatcher.Apply(findings, review.Waivers, now, offset);
        var notices = review.Notices.Concat(waived.Notices).ToList();
        if (review.Baseline is not { } previous)
        {
            return new FindingReview(waived.Findings, [], notices);
        }
        var byId = rules.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var compared = BaselineComparer.Compare(waived.Findings, previous, id => byId.GetValueOrDefault(id), review.BaselineName);
        return new FindingReview(compared.Findings, compared.Resolved, notices);
    }
}
