using HotAudit.Core.CustomData;

namespace HotAudit.Reporting.Workbook;

/// <summary>
/// On the Summary sheet: what the tester code means, and — when the case names the app under test — the T/TAF 084.4
/// to-be-signed record (table 1) with this assessment's tester code as the custom data.
/// </summary>
internal static class ToBeSignedSection
{
    public static void Fill(RowWriter w, SheetContext ctx)
    {
        var decision = ctx.Result.TesterCodeDecision;
        if (decision.Code is not { } text)
        {
            w.Wrapped(ctx.L("检测者代码含义", "Tester code means"), ctx.L(decision.ReasonZh!, decision.Reason!), 50);
            return;
        }
        var code = SignatureCustomData.Parse(SignerRole.Tester, text);
        w.Wrapped(ctx.L("检测者代码含义", "Tester code means"), Words(code, ctx), 50);
        if (ctx.Result.ToBeSigned is not { } record)
        {
            return;
        }
        w.Blank();
        w.Section(ctx.L("T/TAF 084.4 待签名信息 (表 1)", "T/TAF 084.4 to-be-signed record (table 1)"));
        w.Values(ctx.L("应用名称", "App name"), record.AppName);
        w.Values(ctx.L("应用版本", "App version"), record.AppVersion);
        w.Values(ctx.L("应用开发者", "Developer"), record.Developer);
        w.Values(ctx.L("应用杂凑值", "App hash"), record.AppHash);
        w.Values(ctx.L("签名自定义数据 (检测者)", "Custom data (tester)"), record.CustomData.Text);
        w.Wrapped(ctx.L("自定义数据含义", "Custom data means"), Words(record.CustomData, ctx), 50);
    }

    private static string Words(SignatureCustomData data, SheetContext ctx) =>
        data.Meaning is { } meaning ? ctx.L(meaning.Zh, meaning.En) : ctx.L(data.Problem!.Zh, data.Problem.En);
}
