using System.Globalization;

namespace HotAudit.Core.Engine;

/// <summary>Reads durations written like <c>24h</c>, <c>7d</c>, <c>90m</c>, <c>30s</c> (or a TimeSpan value).</summary>
internal static class Durations
{
    /// <summary>Parses a duration; false when it is not one.</summary>
    public static bool TryParse(object? value, out TimeSpan duration)
    {
        duration = default;
        if (value is TimeSpan ts)
        {
            duration = ts;
            return true;
        }
        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)
        {
            return false;
        }
        duration = char.ToLowerInvariant(text[^1]) switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            's' => TimeSpan.FromSeconds(n),
            _ => TimeSpan.MinValue,
        };
        return duration != TimeSpan.MinValue;
    }
}
