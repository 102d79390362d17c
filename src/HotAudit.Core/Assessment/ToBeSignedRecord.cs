using HotAudit.Core.CustomData;

namespace HotAudit.Core.Assessment;

/// <summary>
/// The to-be-signed record of T/TAF 084.4 table 1 for the app under test: app name, version, developer, app hash and
/// the custom data a tester signs with, which is this assessment's tester code.
/// </summary>
/// <param name="AppName">应用名称.</param>
/// <param name="AppVersion">应用版本.</param>
/// <param name="Developer">应用开发者.</param>
/// <param name="AppHash">应用杂凑值.</param>
/// <param name="CustomData">签名自定义数据: the tester code, checked and in words.</param>
public sealed record ToBeSignedRecord(string? AppName, string? AppVersion, string? Developer, string? AppHash, SignatureCustomData CustomData)
{
    /// <summary>The record of <paramref name="app"/> signed by a tester with <paramref name="testerCode"/>.</summary>
    public static ToBeSignedRecord Of(AppUnderTest app, string testerCode) =>
        new(app.Name, app.Version, app.Developer, app.Hash, SignatureCustomData.Parse(SignerRole.Tester, testerCode));
}
