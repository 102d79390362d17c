using System.Globalization;
using System.Text.RegularExpressions;
using HotAudit.Core.Findings;
using HotAudit.Core.Time;

namespace HotAudit.Rules.Waivers;

/// <summary>Reads <c>expires</c>: <c>yyyy-MM-dd</c> (end of that day in the case's offset) or a date-time with an offset.</summary>
internal static partial class WaiverExpiryParser
{
    public static bool TryParse(string text, out WaiverExpiry? expiry, out string error)
    {
        expiry = null;
        error = "";
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            expiry = WaiverExpiry.EndOf(day);
            return true;
        }
        var match = WithOffset().Match(text);
        if (!match.Success)
        {
            error = $"'expires' must be a date (2026-12-31) or a date-time with an offset (2026-12-31T23:59:59+08:00), not '{text}'";
            return false;
        }
        if (!Timestamps.TryParse(text, TimeSpan.Zero, out var utcTicks, out var why)
            || !Timestamps.TryParseOffset(match.Groups["offset"].Value, out var offset))
        {
            error = $"'expires': {why ?? "bad offset"} in '{text}'";
            return false;
        }
        expiry = WaiverExpiry.Instant(new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(offset));
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,7})?(?<offset>Z|z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
