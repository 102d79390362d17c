using System.Text.RegularExpressions;

namespace HotAudit.Testing;

/// <summary>
/// Text a zh-CN reader would find English in where a Chinese sentence belongs: two English words in a row (a reason
/// such as "bad signature" or "no tenants rows in the case"). Of a bilingual label, "中文 / English", only the Chinese half counts.
/// </summary>
internal static partial class EnglishSentence
{
    public static bool In(string text)
    {
        var slash = text.IndexOf(" / ", StringComparison.Ordinal);
        var shown = slash > 0 && Cjk().IsMatch(text[..slash]) ? text[..slash] : text;
        return Words().IsMatch(Quoted().Replace(shown, ""));
    }

    [GeneratedRegex(@"\b[A-Za-z][a-z]+ [a-z]{2,}\b")]
    private static partial Regex Words();

    /// <summary>What a reason quotes from the input ('symbian', an unknown event) or markup a hostile file carried.</summary>
    [GeneratedRegex(@"'[^']*'|<[^>]*>")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
