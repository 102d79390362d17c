namespace HotAudit.Core.Time;

/// <summary>
/// Reads the timestamp forms of DATA-CONTRACT.md, exactly: epoch digits (9–11 seconds, 12–14 milliseconds),
/// <c>yyyy-MM-dd</c> (start of that local day), or <c>yyyy-MM-dd</c> + <c>T</c>/space + <c>HH:mm:ss</c> with an optional
/// 1–7 digit fraction and an optional <c>Z</c>, <c>±HH:mm</c> or <c>±HHmm</c>. Without an offset the case's offset applies.
/// Instants outside 2000-01-01T00:00Z..2100-12-31T23:59:59Z are rejected.
/// </summary>
public static class Timestamps
{
    /// <summary>The offset of a case that names none (DATA-CONTRACT.md: `tz` defaults to +08:00).</summary>
    public static readonly TimeSpan DefaultOffset = TimeSpan.FromHours(8);

    private static readonly long MinTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
    private static readonly long MaxTicks = new DateTime(2100, 12, 31, 23, 59, 59, DateTimeKind.Utc).Ticks;

    /// <summary>Parses a timestamp into UTC ticks; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, TimeSpan localOffset, out long utcTicks, out string? error)
    {
        utcTicks = 0;
        s = s.Trim();
        if (s.IsEmpty)
        {
            error = Quality.RejectionReasons.MissingTimestamp.En;
            return false;
        }
        error = AllDigits(s) ? ParseEpoch(s, out utcTicks) : ParseCalendar(s, localOffset, out utcTicks);
        if (error is null && (utcTicks < MinTicks || utcTicks > MaxTicks))
        {
            error = Quality.RejectionReasons.OutsideRange.En;
        }
        return error is null;
    }

    /// <summary>
    /// <see cref="TryParse"/> of ASCII bytes for the two forms exports use most, epoch digits and
    /// <c>yyyy-MM-dd HH:mm:ss</c> (or with <c>T</c>), read straight from the bytes; false for anything else, and for
    /// any value the full parser would reject (it is then asked, and says why).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseCommonAscii(ReadOnlySpan<byte> s, TimeSpan localOffset, out long utcTicks)
    {
        utcTicks = 0;
        long ticks;
        if (s.Length is >= 9 and <= 14 && AllDigitBytes(s, out var n))
        {
            ticks = DateTime.UnixEpoch.Ticks + (s.Length <= 11 ? n * 1000 : n) * TimeSpan.TicksPerMillisecond;
        }
        else if (s.Length == 19 && s[4] == (byte)'-' && s[7] == (byte)'-' && (s[10] == (byte)' ' || s[10] == (byte)'T')
                 && s[13] == (byte)':' && s[16] == (byte)':'
                 && TwoDigits(s, 5, out var month) && TwoDigits(s, 8, out var day) && TwoDigits(s, 11, out var h)
                 && TwoDigits(s, 14, out var m) && TwoDigits(s, 17, out var sec)
                 && TwoDigits(s, 0, out var century) && TwoDigits(s, 2, out var yy))
        {
            var year = century * 100 + yy;
            if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || h > 23 || m > 59 || sec > 59)
            {
                return false;
            }
            ticks = new DateTime(year, month, day).Ticks + (h * 3600L + m * 60L + sec) * TimeSpan.TicksPerSecond - localOffset.Ticks;
        }
        else
        {
            return false;
        }
        if (ticks < MinTicks || ticks > MaxTicks)
        {
            return false;
        }
        utcTicks = ticks;
        return true;
    }

    private static bool AllDigitBytes(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        foreach (var b in s)
        {
            var d = (uint)(b - '0');
            if (d > 9)
            {
                return false;
            }
            value = value * 10 + d;
        }
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> s, int at, out int value)
    {
        var a = (uint)(s[at] - '0');
        var b = (uint)(s[at + 1] - '0');
        value = (int)(a * 10 + b);
        return a <= 9 && b <= 9;
    }

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string? ParseEpoch(ReadOnlySpan<char> s, out long ticks)
    {
        ticks = 0;
        if (s.Length is < 9 or > 14)
        {
            return Quality.RejectionReasons.EpochDigits.Format(s.Length);
        }
        var n = long.Parse(s, provider: System.Globalization.CultureInfo.InvariantCulture);
        var ms = s.Length <= 11 ? n * 1000 : n;
        ticks = DateTime.UnixEpoch.Ticks + ms * TimeSpan.TicksPerMillisecond;
        return null;
    }

    private static string? ParseCalendar(ReadOnlySpan<char> s, TimeSpan localOffset, out long ticks)
    {
        ticks = 0;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-' || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month)
            || !Digits(s.Slice(8, 2), out var day))
        {
            return Quality.RejectionReasons.ExpectedDate.En;
        }
        if (month is < 1 or > 12)
        {
            return Quality.RejectionReasons.BadMonth.En;
        }
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Quality.RejectionReasons.NoSuchDay.En;
        }
        long time = 0;
        var offset = localOffset;
        if (s.Length > 10)
        {
            var err = ParseTimeOfDay(s[10..], ref offset, out time);
            if (err is not null)
            {
                return err;
            }
        }
        ticks = new DateTime(year, month, day).Ticks + time - offset.Ticks;
        return null;
    }

    private static string? ParseTimeOfDay(ReadOnlySpan<char> s, ref TimeSpan offset, out long time)
    {
        time = 0;
        if (s.Length < 9 || (s[0] != 'T' && s[0] != ' ') || s[3] != ':' || s[6] != ':' || !Digits(s.Slice(1, 2), out var h)
            || !Digits(s.Slice(4, 2), out var m) || !Digits(s.Slice(7, 2), out var sec))
        {
            return Quality.RejectionReasons.ExpectedTime.En;
        }
        if (h > 23 || m > 59 || sec > 59)
        {
            return Quality.RejectionReasons.BadTimeOfDay.En;
        }
        time = (h * 3600L + m * 60L + sec) * TimeSpan.TicksPerSecond;
        var rest = s[9..];
        if (!rest.IsEmpty && rest[0] == '.')
        {
            var n = 1;
            while (n < rest.Length && char.IsAsciiDigit(rest[n]))
            {
                n++;
            }
            var digits = n - 1;
            if (digits is < 1 or > 7)
            {
                return Quality.RejectionReasons.BadFraction.En;
            }
            Digits(rest[1..n], out var frac);
            time += frac * (long)Math.Pow(10, 7 - digits);
            rest = rest[n..];
        }
        return rest.IsEmpty ? null : ParseOffset(rest, ref offset);
    }

    private static string? ParseOffset(ReadOnlySpan<char> s, ref TimeSpan offset)
    {
        if (s is "Z" || s is "z")
        {
            offset = TimeSpan.Zero;
            return null;
        }
        var colon = s.Length == 6 && s[3] == ':';
        if ((s[0] != '+' && s[0] != '-') || !(colon || s.Length == 5) || !Digits(s.Slice(1, 2), out var oh)
            || !Digits(s.Slice(colon ? 4 : 3, 2), out var om) || oh > 14 || om > 59)
        {
            return Quality.RejectionReasons.BadOffset.En;
        }
        var span = new TimeSpan(oh, om, 0);
        offset = s[0] == '-' ? -span : span;
        return null;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return !s.IsEmpty;
    }

    /// <summary>Formats UTC ticks as ISO-8601 in the given offset, e.g. <c>2026-05-01T08:00:00+08:00</c>.</summary>
    public static string Format(long utcTicks, TimeSpan offset) =>
        new DateTimeOffset(utcTicks + offset.Ticks, offset).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses an offset such as <c>+08:00</c>, <c>-0530</c> or <c>Z</c>.</summary>
    public static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var t = text.Trim();
        return t.Length > 0 && ParseOffset(t, ref offset) is null;
    }
}
