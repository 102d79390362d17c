namespace HotAudit.Cli.Tests.Support;

/// <summary>Expected findings written the way <see cref="AssessResult.Rendered"/> shows reported ones.</summary>
internal static class Expect
{
    /// <summary>A finding of <paramref name="ruleId"/> whose subject values are given in RULES.md key order.</summary>
    public static string Finding(string ruleId, int count, params string[] subjectValues)
    {
        var keys = SubjectKeys.For(ruleId) ?? throw new ArgumentException($"{ruleId} is not in RULES.md", nameof(ruleId));
        if (keys.Count != subjectValues.Length)
        {
            throw new ArgumentException($"{ruleId} has subject keys {string.Join(", ", keys)}", nameof(subjectValues));
        }

        var subject = keys.Zip(subjectValues).ToDictionary(p => p.First, p => p.Second);
        return SubjectKeys.Render(ruleId, subject, count);
    }
}
