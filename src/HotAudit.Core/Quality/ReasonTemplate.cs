using System.Globalization;
using System.Text.RegularExpressions;

namespace HotAudit.Core.Quality;

/// <summary>
/// One rejection reason in English and Chinese, with <c>{0}</c>, <c>{1}</c> where the row's own values go. The readers
/// write <see cref="Format"/>'s English (rejections.csv and findings.json keep it); a zh-CN report reads the same string
/// back with <see cref="Zh"/>, so the two cannot drift apart.
/// </summary>
public sealed class ReasonTemplate
{
    private readonly Regex _english;

    /// <summary>A reason; the Chinese uses the same placeholders as the English.</summary>
    public ReasonTemplate(string en, string zh)
    {
        En = en;
        ZhTemplate = zh;
        var pattern = Regex.Replace(Regex.Escape(en), @"\\\{(\d+)}", m => $"(?<a{m.Groups[1].Value}>.*)");
        _english = new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    /// <summary>The English, with placeholders.</summary>
    public string En { get; }

    /// <summary>The Chinese, with placeholders.</summary>
    public string ZhTemplate { get; }

    /// <summary>The reason as the readers write it.</summary>
    public string Format(params object[] values) => string.Format(CultureInfo.InvariantCulture, En, values);

    /// <summary>The Chinese of a reason this template wrote, the row's values kept; null for any other text.</summary>
    public string? Zh(string reason)
    {
        var m = _english.Match(reason);
        if (!m.Success)
        {
            return null;
        }
        var values = Enumerable.Range(0, 10).TakeWhile(i => m.Groups["a" + i].Success).Select(i => (object)m.Groups["a" + i].Value).ToArray();
        return string.Format(CultureInfo.InvariantCulture, ZhTemplate, values);
    }
}
