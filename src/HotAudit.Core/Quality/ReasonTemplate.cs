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
    private readonly int[] _messages;

    /// <summary>A reason; the Chinese uses the same placeholders as the English.</summary>
    /// <param name="en">The English, with placeholders.</param>
    /// <param name="zh">The Chinese, with the same placeholders.</param>
    /// <param name="messages">The placeholders whose values are themselves HotAudit's messages (translated in turn); every other value is the input's own.</param>
    public ReasonTemplate(string en, string zh, params int[] messages)
    {
        _messages = messages;
        En = en;
        ZhTemplate = zh;
        var pattern = Regex.Replace(Regex.Escape(en), @"\\\{(\d+)}", m => $"(?<a{m.Groups[1].Value}>.*?)");
        _english = new Regex("^" + pattern + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    /// <summary>Whether the value of placeholder <paramref name="index"/> is one of HotAudit's messages, to be translated in turn.</summary>
    public bool Nested(int index) => _messages.Contains(index);

    /// <summary>The English, with placeholders.</summary>
    public string En { get; }

    /// <summary>The Chinese, with placeholders.</summary>
    public string ZhTemplate { get; }

    /// <summary>The reason as the readers write it.</summary>
    public string Format(params object[] values) => string.Format(CultureInfo.InvariantCulture, En, values);

    /// <summary>
    /// Whether the text is only a frame around other text ("{0}: {1}", a file name and its error): such a template
    /// translates a text only when one of its values is itself a known message (<see cref="ChineseText"/>).
    /// </summary>
    public bool Frame { get; init; }

    /// <summary>The Chinese of a reason this template wrote, the row's values kept; null for any other text.</summary>
    public string? Zh(string reason) => Values(reason) is { } values ? ZhOf(values) : null;

    /// <summary>The values this template put into <paramref name="text"/>, in placeholder order; null when it did not write it.</summary>
    public string[]? Values(string text)
    {
        var m = _english.Match(text);
        return m.Success ? [.. Enumerable.Range(0, 10).TakeWhile(i => m.Groups["a" + i].Success).Select(i => m.Groups["a" + i].Value)] : null;
    }

    /// <summary>The Chinese with these values in its placeholders.</summary>
    public string ZhOf(IReadOnlyList<string> values) => string.Format(CultureInfo.InvariantCulture, ZhTemplate, [.. values]);
}
