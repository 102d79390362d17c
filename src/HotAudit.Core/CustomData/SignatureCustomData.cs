using HotAudit.Core.Rules;

namespace HotAudit.Core.CustomData;

/// <summary>
/// The custom data of a T/TAF 084.4 signature, checked against the signer's role: empty for a developer (4.1), basis
/// <c>N</c>/<c>T</c>/<c>B</c> then result <c>0</c>/<c>1</c> for a tester (4.2, table 2), one basis letter for a
/// distributor (4.3, table 3). Letters are upper case, exactly as the tables write them.
/// </summary>
/// <param name="Role">The signer's role.</param>
/// <param name="Text">The custom data as given (empty when none).</param>
/// <param name="Problem">Why it does not conform, or null when it does.</param>
/// <param name="Meaning">What a conforming value says, in words; null when it does not conform.</param>
public sealed record SignatureCustomData(SignerRole Role, string Text, LocalizedText? Problem, LocalizedText? Meaning)
{
    /// <summary>Whether the custom data conforms to T/TAF 084.4 for its role.</summary>
    public bool IsValid => Problem is null;

    /// <summary>Checks <paramref name="text"/> (null or empty = no custom data) for a signer of <paramref name="role"/>.</summary>
    public static SignatureCustomData Parse(SignerRole role, string? text)
    {
        var data = text ?? string.Empty;
        var problem = role switch
        {
            SignerRole.Developer => data.Length == 0 ? null : new LocalizedText("开发者签名自定义数据应为空 (4.1)", "a developer's custom data must be empty (4.1)"),
            SignerRole.Tester => CustomDataMeanings.TesterProblem(data),
            _ => CustomDataMeanings.DistributorProblem(data),
        };
        return new SignatureCustomData(role, data, problem, problem is null ? CustomDataMeanings.Of(role, data) : null);
    }
}
