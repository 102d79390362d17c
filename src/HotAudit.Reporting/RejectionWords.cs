using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>
/// A rejected row's reason as the Data quality sheet and report.html show it: "field: reason", in Chinese for zh-CN
/// when the reason is one the readers write (<see cref="RejectionReasons"/>, which holds both languages of each). The
/// row's own values (an unknown event, a bad word) stay as the file has them; any other text stays English.
/// findings.json and rejections.csv keep the English.
/// </summary>
internal static class RejectionWords
{
    /// <summary>"field: reason" in Chinese and English.</summary>
    public static LocalizedText Of(Rejection r)
    {
        var field = r.Field == "line" ? "行" : r.Field;
        return new($"{field}: {Zh(r.Reason)}", $"{r.Field}: {r.Reason}");
    }

    /// <summary>The Chinese of a reason the readers write (<see cref="RejectionReasons"/>); the reason itself when it is none of them.</summary>
    public static string Zh(string reason) => ChineseText.Of(reason);
}
