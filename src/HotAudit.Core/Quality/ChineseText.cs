namespace HotAudit.Core.Quality;

/// <summary>
/// Reads back a message HotAudit wrote in English (a rejection reason, a notice, a data-quality issue) and gives its
/// Chinese: the template that wrote it, with each of its values translated in turn when it is itself a message (a
/// skipped file's reason, a reference row's rejection). A text joined from messages by "; " is translated part by part. Any other value (a file name, a row's value) is the input's own and never translated.
/// What HotAudit did not write (a file's own values, an operating system's error) stays as it is.
/// </summary>
public static class ChineseText
{
    private const int MaxDepth = 4;
    private static readonly IReadOnlyList<ReasonTemplate> Templates = [.. RejectionReasons.All, .. RunMessages.All];

    /// <summary>The Chinese of <paramref name="text"/>, or the text itself when HotAudit did not write it.</summary>
    public static string Of(string text) => TryOf(text, 0) ?? text;

    /// <summary>The Chinese of <paramref name="text"/>, or null when it is none of HotAudit's messages.</summary>
    public static string? TryOf(string text) => TryOf(text, 0);

    private static string? TryOf(string text, int depth)
    {
        if (depth > MaxDepth || text.Length == 0)
        {
            return null;
        }
        var parts = text.Split("; ");
        if (parts.Length > 1 && parts.Select(p => TryOf(p, depth + 1)).ToList() is var zh && zh.All(z => z is not null))
        {
            return string.Join("; ", zh);
        }
        foreach (var template in Templates)
        {
            if (template.Values(text) is not { } values)
            {
                continue;
            }
            var translated = values.Select((v, i) => template.Nested(i) ? TryOf(v, depth + 1) : null).ToList();
            if (template.Frame && translated.All(t => t is null))
            {
                continue;
            }
            return template.ZhOf([.. values.Select((v, i) => translated[i] ?? v)]);
        }
        return null;
    }
}
