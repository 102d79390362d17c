using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Worker;

/// <summary>
/// Checks a name that becomes a folder (an inbox case, a schedule) before it touches a path: at most
/// <see cref="MaxBytes"/> UTF-8 bytes, no control or format characters, no path separator, not hidden, not reserved.
/// </summary>
internal static class CaseNames
{
    /// <summary>Longest name in UTF-8 bytes: with the longest prefix and suffix the worker adds it stays under 255.</summary>
    public const int MaxBytes = 120;

    /// <summary>Report folders a case may not take: the schedules' and the streams' own namespaces.</summary>
    public static readonly IReadOnlyList<string> Reserved = [ReportFolders.Schedules, ReportFolders.Streams];

    /// <summary>Why <paramref name="name"/> cannot be a case name, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "the name is empty";
        }
        if (Encoding.UTF8.GetByteCount(name) > MaxBytes)
        {
            return $"the name is longer than {MaxBytes} bytes";
        }
        if (name.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return "the name holds control or format characters";
        }
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.') || name.Trim() != name)
        {
            return "the name holds a path separator, starts with '.' or with or ends in a space";
        }
        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot be an inbox case (<see cref="Problem"/>, or a reserved name), or null.</summary>
    public static string? InboxProblem(string? name) =>
        Problem(name) ?? (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase) ? $"'{name}' is reserved for the worker's own folders" : null);

    /// <summary>A short, safe stand-in for any name: its safe characters (at most 60) and a hash of the whole.</summary>
    public static string SafeStem(string name)
    {
        var plain = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(60)]);
        return (plain.Length == 0 ? "entry" : plain) + "-" + Hash(name)[..12];
    }

    /// <summary>Lower-case hex SHA-256 of the name's UTF-8 bytes.</summary>
    public static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
