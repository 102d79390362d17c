namespace HotAudit.Core.Data;

/// <summary>
/// Stable non-cryptographic hashes of text: 128 bits (two FNV-1a lanes) to recognise duplicate events, and 32 bits to
/// place a device in a partition. Stable across processes and machines, unlike <see cref="string.GetHashCode()"/>.
/// </summary>
public static class Fingerprint
{
    private const ulong Prime64 = 1099511628211UL;

    /// <summary>Starts a 128-bit fingerprint.</summary>
    public static UInt128 Start => new(14695981039346656037UL, 0x9E3779B97F4A7C15UL);

    /// <summary>Adds text (and a separator, so ("ab","c") and ("a","bc") differ) to a fingerprint.</summary>
    public static UInt128 Add(UInt128 h, ReadOnlySpan<char> text) => Fold(h, text);

    /// <summary>Folds each code unit (a char, or an ASCII byte: the same value) and the separator into the fingerprint.</summary>
    private static UInt128 Fold<T>(UInt128 h, ReadOnlySpan<T> units)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var a = (ulong)(h >> 64);
        var b = (ulong)h;
        foreach (var unit in units)
        {
            var c = ulong.CreateTruncating(unit);
            a = (a ^ c) * Prime64;
            b = (b ^ c) * 0x100000001B3UL + (b >> 29);
        }
        a = (a ^ 0x1F) * Prime64;
        b = (b ^ 0x1F) * 0x100000001B3UL + (b >> 29);
        return new UInt128(a, b);
    }

    /// <summary>
    /// <see cref="Add(UInt128, ReadOnlySpan{char})"/> of ASCII text given as its bytes: the same fingerprint, without
    /// widening it (the bytes must be ASCII).
    /// </summary>
    public static UInt128 AddAscii(UInt128 h, ReadOnlySpan<byte> ascii) => Fold(h, ascii);

    /// <summary>
    /// <see cref="Add(UInt128, ReadOnlySpan{char})"/> of a raw UTF-8 field's decoded text trimmed of white space: an
    /// ASCII field is hashed from its bytes, any other is decoded (invalid sequences as U+FFFD) and trimmed first.
    /// </summary>
    public static UInt128 AddUtf8Field(UInt128 h, ReadOnlySpan<byte> field)
    {
        field = RowBuffer.TrimAscii(field);
        if (System.Text.Ascii.IsValid(field))
        {
            return AddAscii(h, field);
        }
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxCharCount(field.Length));
        try
        {
            return Add(h, chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(field, chars)).Trim());
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary><see cref="Device"/> of ASCII ids given as their bytes: the same hash (the bytes must be ASCII).</summary>
    public static uint DeviceAscii(ReadOnlySpan<byte> appId, ReadOnlySpan<byte> deviceId) => DeviceHash(appId, deviceId);

    /// <summary>A stable 32-bit hash of a device: its app id and device id.</summary>
    public static uint Device(ReadOnlySpan<char> appId, ReadOnlySpan<char> deviceId) => DeviceHash(appId, deviceId);

    /// <summary>FNV-1a over the app id's code units, a separator, the device id's (a char, or an ASCII byte: the same value).</summary>
    private static uint DeviceHash<T>(ReadOnlySpan<T> appId, ReadOnlySpan<T> deviceId)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var h = 2166136261u;
        foreach (var c in appId)
        {
            h = (h ^ uint.CreateTruncating(c)) * 16777619u;
        }
        h = (h ^ 0x1F) * 16777619u;
        foreach (var c in deviceId)
        {
            h = (h ^ uint.CreateTruncating(c)) * 16777619u;
        }
        return h ^ (h >> 15);
    }
}
