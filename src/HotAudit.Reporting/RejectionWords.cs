using System.Text.RegularExpressions;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>
/// A rejected row's reason as the Data quality sheet and report.html show it: "field: reason", in Chinese for zh-CN
/// when the reason is one the readers write (DATA-CONTRACT.md's checks, timestamps, long or unreadable lines). The row's
/// own values (an unknown event, a bad word) stay as the file has them; a reason not known here stays English.
/// findings.json and rejections.csv keep the English.
/// </summary>
internal static class RejectionWords
{
    private static readonly (Regex Pattern, string Zh)[] Reasons =
    [
        (Exact("missing required field"), "缺少必填字段"),
        (Exact("missing, required for (.+)"), "缺失 ($1 事件必填)"),
        (Exact("missing event"), "缺少事件名"),
        (Exact("missing action"), "缺少操作"),
        (Exact("missing timestamp"), "缺少时间戳"),
        (Exact("unknown event '(.*)'"), "未知事件 '$1'"),
        (Exact("unknown action '(.*)'"), "未知操作 '$1'"),
        (Exact("'(.*)' is not one of (.+)"), "'$1' 不是以下之一: $2"),
        (Exact("'(.*)' is not a boolean"), "'$1' 不是布尔值"),
        (Exact("unreadable line"), "无法读取的行"),
        (Exact("line longer than (.+) \\(limit MaxLineBytes\\); skipped"), "行长超过 $1 (限制 MaxLineBytes), 已跳过"),
        (Exact("bad timestamp: outside (.+)"), "时间戳无效: 不在 $1 之内"),
        (Exact("bad timestamp: epoch with (\\d+) digits \\(9-11 seconds, 12-14 milliseconds\\)"), "时间戳无效: 纪元时间为 $1 位 (秒应为 9-11 位, 毫秒应为 12-14 位)"),
        (Exact("bad timestamp: expected yyyy-MM-dd"), "时间戳无效: 应为 yyyy-MM-dd"),
        (Exact("bad timestamp: month must be in 1\\.\\.12"), "时间戳无效: 月份应在 1..12 之间"),
        (Exact("bad timestamp: no such day"), "时间戳无效: 日期不存在"),
        (Exact("bad timestamp: expected HH:mm:ss after the date"), "时间戳无效: 日期后应为 HH:mm:ss"),
        (Exact("bad timestamp: time of day out of range"), "时间戳无效: 时刻超出范围"),
        (Exact("bad timestamp: fraction must have 1-7 digits"), "时间戳无效: 秒的小数部分应为 1-7 位"),
        (Exact("bad timestamp: offset must be Z, ±HH:mm or ±HHmm"), "时间戳无效: 时区偏移应为 Z、±HH:mm 或 ±HHmm"),
    ];

    /// <summary>"field: reason" in Chinese and English.</summary>
    public static LocalizedText Of(Rejection r)
    {
        var field = r.Field == "line" ? "行" : r.Field;
        return new($"{field}: {Zh(r.Reason)}", $"{r.Field}: {r.Reason}");
    }

    /// <summary>The Chinese of a reason the readers write; the reason itself when it is none of them.</summary>
    public static string Zh(string reason)
    {
        foreach (var (pattern, zh) in Reasons)
        {
            var m = pattern.Match(reason);
            if (m.Success)
            {
                return m.Result(zh);
            }
        }
        return reason;
    }

    private static Regex Exact(string pattern) =>
        new("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
