using System.Globalization;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting;

/// <summary>
/// A threshold finding's arithmetic in words a reader can redo by hand: "17.7 % = 26 of 147 devices &gt; 5 %",
/// "89 days &lt; 183 days", in Chinese and English.
/// </summary>
internal static class ComputationText
{
    public static LocalizedText? Of(Finding f) => f.Computation is not { } c ? null : c.Kind switch
    {
        ComputationKind.Share => Share(c, f.Count, f.Rule.Count),
        ComputationKind.Window => new(
            $"{Days(c.Base).Zh}内 {N(c.Measure)} 条 > {N(c.Threshold)} 条",
            $"{N(c.Measure)} rows within {Days(c.Base).En} > {N(c.Threshold)}"),
        ComputationKind.Span => new($"{N(c.Measure)} 天 < {N(c.Threshold)} 天", $"{N(c.Measure)} days < {N(c.Threshold)} days"),
        _ => new(
            $"{N(c.Base)} 天的评估期内有 {N(c.Measure)} 段间隔 > {Days(c.Threshold).Zh}",
            $"{N(c.Measure)} gap(s) > {Days(c.Threshold).En} in a period of {N(c.Base)} days"),
    };

    private static LocalizedText Share(Computation c, long failing, CountMode mode)
    {
        var (zh, en) = mode == CountMode.Devices ? ("台设备", "devices") : ("个", "");
        var pct = Pct(c.Measure);
        return new(
            $"{pct} = {N(c.Base)} {zh}中 {failing} {(mode == CountMode.Devices ? "台" : "个")} > {Pct(c.Threshold)}",
            $"{pct} = {failing} of {N(c.Base)} {en} > {Pct(c.Threshold)}".Replace("  ", " ", StringComparison.Ordinal));
    }

    /// <summary>A length in days, in hours when under a day.</summary>
    private static LocalizedText Days(double days) => days >= 1
        ? new($"{N(days)} 天", N(days) == "1" ? "1 day" : $"{N(days)} days")
        : new($"{N(days * 24)} 小时", N(days * 24) == "1" ? "1 hour" : $"{N(days * 24)} hours");

    private static string Pct(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
