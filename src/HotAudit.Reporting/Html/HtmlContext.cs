using HotAudit.Core.Assessment;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Html;

/// <summary>What every section of report.html needs: the result and the language shown first.</summary>
internal sealed class HtmlContext(AssessmentResult result, string lang)
{
    public AssessmentResult Result { get; } = result;

    public bool Zh { get; } = lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public string Lang { get; } = lang;

    /// <summary>A label in both languages, the chosen one first.</summary>
    public string L(string zh, string en) => Zh ? $"{zh} / {en}" : $"{en} / {zh}";

    /// <summary>Only the chosen language, where one fits.</summary>
    public string One(string zh, string en) => Zh ? zh : en;

    /// <summary>Text drawn inside a chart: the chosen language, or English where this machine has no font for Chinese.</summary>
    public string Chart(string zh, string en) => Charts.ChartText.For(new(zh, en), Zh);

    /// <summary>A word drawn inside a chart, as <see cref="Chart(string, string)"/>.</summary>
    public string Chart(LocalizedText word) => Charts.ChartText.For(word, Zh);

    public string Title(LocalizedText text) => text.For(Lang);

    /// <summary>A word in the chosen language (verdicts, severities, ...: never an identifier).</summary>
    public string W(LocalizedText word) => word.For(Lang);

    /// <summary>A message HotAudit wrote in English (a notice, a data-quality issue, a file's error) in the report's language.</summary>
    public string M(string? message) => message is null ? string.Empty : Lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ChineseText.Of(message) : message;

    public string YesNo(bool value) => value ? L("是", "yes") : L("否", "no");

    /// <summary>Ticks as ISO-8601 in the case's offset.</summary>
    public string Iso(long utcTicks) => Core.Time.Timestamps.Format(utcTicks, Result.Case.Offset);

    public string? Iso(long? utcTicks) => utcTicks is { } t ? Iso(t) : null;

    /// <summary>The time-zone suffix for column headers.</summary>
    public string Tz => " (UTC" + Names.Of(Result.Case.Offset) + ")";

    public static string Subject(Finding f) => string.Join("; ", f.Subject.Select(s => $"{s.Key}={s.Value}"));
}
