using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Core.Findings;

/// <summary>Stable finding ids: the first 16 hex digits of SHA-256 over the rule id and the subject.</summary>
public static class FindingIds
{
    /// <summary>The id of a rule's finding for a subject.</summary>
    public static string Of(string ruleId, IEnumerable<SubjectValue> subject)
    {
        var text = ruleId + "\n" + string.Join("\n", subject.Select(s => $"{s.Key}={s.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
