using System.Buffers;
using System.Text;

namespace HotAudit.Core.Data;

/// <summary>
/// One raw row as a reader found it, before validation: the trimmed text of each known column by schema slot, the
/// unknown columns, its line, and a fingerprint of its raw content. Reused from row to row, so reading allocates
/// nothing per row.
/// </summary>
/// <remarks>
/// A value that is ASCII (nearly every telemetry value) is kept as its bytes, whether it came as UTF-8
/// (<see cref="SetUtf8"/>) or as text (<see cref="Set"/>), and is widened to text only when <see cref="Get"/> asks
/// for it: validation reads such a row straight from its bytes. Any other value is kept as text.
/// </remarks>
public sealed class RowBuffer
{
    // A slot's text length when the value is ASCII bytes not yet widened to text.
    private const int Narrow = -1;

    private readonly int[] _start;
    private readonly int[] _length;
    private readonly int[] _byteStart;
    private readonly int[] _byteLength;
    private readonly List<KeyValuePair<string, string>> _extras = [];
    private readonly List<(RawKind Kind, int Length)> _rawFields = [];
    private char[] _chars = new char[1024];
    private int _used;
    private byte[] _bytes = new byte[1024];
    private int _bytesUsed;
    // The reader's own buffer that values set by SetAsciiInSource lie in (not copied), and the slots whose value is there.
    private byte[] _source = [];
    private ulong _inSource;
    private bool _hasText;
    private char[] _raw = new char[1024];
    private int _rawUsed;
    private byte[] _rawUtf8 = new byte[1024];
    private int _rawUtf8Used;
    private bool _hasRawLine;
    private char[] _decoded = [];
    private UInt128? _rawFingerprint;
    private Func<UInt128>? _rawSource;

    private enum RawKind : byte
    {
        Text,
        Utf8Field,
        Utf8Line,
    }

    /// <summary>Creates a buffer for a schema with <paramref name="slots"/> columns.</summary>
    public RowBuffer(int slots)
    {
        _start = new int[slots];
        _length = new int[slots];
        _byteStart = new int[slots];
        _byteLength = new int[slots];
    }

    /// <summary>1-based physical line of the row.</summary>
    public int Line { get; set; }

    /// <summary>
    /// Fingerprint of the raw row (its fields in column order, or its JSON line), for rows without an event id. Readers
    /// hand over the raw text with <see cref="AddRawField"/> and it is hashed only when asked for: most rows have an
    /// event id, and hashing every character of every row was a measurable part of reading.
    /// </summary>
    public UInt128 RawFingerprint
    {
        get => _rawFingerprint ??= _rawSource is { } source ? source() : HashRaw();
        set => _rawFingerprint = value;
    }

    /// <summary>Unknown columns with their values, in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extras => _extras;

    /// <summary>Whether every field is empty.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (var l in _length)
            {
                if (l != 0)
                {
                    return false;
                }
            }
            return _extras.Count == 0;
        }
    }

    /// <summary>Whether every value of the row is held as ASCII bytes (<see cref="GetAscii"/>), none as other text.</summary>
    internal bool IsAscii => !_hasText;

    /// <summary>Empties the buffer for the next row.</summary>
    public void Clear()
    {
        Array.Clear(_length);
        Array.Clear(_byteLength);
        _extras.Clear();
        _used = 0;
        _bytesUsed = 0;
        _inSource = 0;
        _hasText = false;
        _rawUsed = 0;
        _rawUtf8Used = 0;
        _hasRawLine = false;
        _rawFields.Clear();
        _rawFingerprint = null;
        _rawSource = null;
    }

    /// <summary>
    /// Lets a reader hash the row's raw fields from its own buffer, only when <see cref="RawFingerprint"/> is asked for,
    /// instead of copying them with <see cref="AddRawField"/>: <paramref name="source"/> must give what those fields would
    /// have, and is called, if at all, before the reader moves on to its next row (the validation of this row asks for
    /// it). Forgotten by <see cref="Clear"/>.
    /// </summary>
    public void DeferRawFingerprint(Func<UInt128> source) => _rawSource = source;

    /// <summary>Appends one raw field (a CSV field as read, or a whole JSON line) to what <see cref="RawFingerprint"/> hashes.</summary>
    public void AddRawField(ReadOnlySpan<char> value)
    {
        if (_rawUsed + value.Length > _raw.Length)
        {
            Array.Resize(ref _raw, Math.Max(_raw.Length * 2, _rawUsed + value.Length));
        }
        value.CopyTo(_raw.AsSpan(_rawUsed));
        _rawUsed += value.Length;
        _rawFields.Add((RawKind.Text, value.Length));
    }

    /// <summary>
    /// Appends one raw field as UTF-8 (a CSV field as read): it counts as <see cref="AddRawField"/> of its decoded,
    /// trimmed text, but is decoded only when <see cref="RawFingerprint"/> is asked for, and not at all when it is ASCII.
    /// </summary>
    public void AddRawUtf8Field(ReadOnlySpan<byte> value)
    {
        value = TrimAscii(value);
        AppendRawUtf8(value);
        _rawFields.Add((RawKind.Utf8Field, value.Length));
    }

    /// <summary>
    /// Appends a whole raw line as UTF-8 (a JSON line): it counts as one raw field of its decoded text, but is decoded
    /// only when <see cref="RawFingerprint"/> is asked for. At most one per row.
    /// </summary>
    public void AddRawUtf8(ReadOnlySpan<byte> line)
    {
        if (_hasRawLine)
        {
            throw new InvalidOperationException("a row has at most one raw UTF-8 line");
        }
        _hasRawLine = true;
        AppendRawUtf8(line);
        _rawFields.Add((RawKind.Utf8Line, line.Length));
    }

    private void AppendRawUtf8(ReadOnlySpan<byte> bytes)
    {
        if (_rawUtf8Used + bytes.Length > _rawUtf8.Length)
        {
            Array.Resize(ref _rawUtf8, Math.Max(_rawUtf8.Length * 2, _rawUtf8Used + bytes.Length));
        }
        bytes.CopyTo(_rawUtf8.AsSpan(_rawUtf8Used));
        _rawUtf8Used += bytes.Length;
    }

    private UInt128 HashRaw()
    {
        if (_rawFields.Count == 0)
        {
            return default;
        }
        var fingerprint = Fingerprint.Start;
        var at = 0;
        var atUtf8 = 0;
        foreach (var (kind, length) in _rawFields)
        {
            if (kind == RawKind.Text)
            {
                fingerprint = Fingerprint.Add(fingerprint, _raw.AsSpan(at, length));
                at += length;
                continue;
            }
            var bytes = _rawUtf8.AsSpan(atUtf8, length);
            atUtf8 += length;
            if (kind == RawKind.Utf8Field)
            {
                fingerprint = Fingerprint.AddUtf8Field(fingerprint, bytes);
                continue;
            }
            if (Ascii.IsValid(bytes))
            {
                fingerprint = Fingerprint.AddAscii(fingerprint, bytes);
                continue;
            }
            var chars = Encoding.UTF8.GetMaxCharCount(bytes.Length);
            if (chars > _decoded.Length)
            {
                _decoded = new char[Math.Max(_decoded.Length * 2, chars)];
            }
            fingerprint = Fingerprint.Add(fingerprint, _decoded.AsSpan(0, Encoding.UTF8.GetChars(bytes, _decoded)));
        }
        return fingerprint;
    }

    /// <summary>Sets a column's value (trimmed; empty after trimming is absent).</summary>
    public void Set(int slot, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (Ascii.IsValid(value))
        {
            var bytes = ReserveBytes(slot, value.Length);
            Ascii.FromUtf16(value, bytes, out _);
            return;
        }
        _hasText = true;
        SetText(slot, value);
    }

    /// <summary>
    /// Sets a column's value from UTF-8 (invalid sequences read as U+FFFD), exactly as <see cref="Set"/> of its decoded
    /// text; an ASCII value is kept as bytes and not decoded.
    /// </summary>
    public void SetUtf8(int slot, ReadOnlySpan<byte> value)
    {
        value = TrimAscii(value);
        if (Ascii.IsValid(value))
        {
            value.CopyTo(ReserveBytes(slot, value.Length));
            return;
        }
        var rented = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(value.Length));
        try
        {
            var text = rented.AsSpan(0, Encoding.UTF8.GetChars(value, rented)).Trim();
            _hasText = true;
            SetText(slot, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="SetUtf8"/> of a value its reader already knows to be ASCII (its whole record is): not checked again.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void SetAscii(int slot, ReadOnlySpan<byte> value)
    {
        System.Diagnostics.Debug.Assert(Ascii.IsValid(value), "SetAscii takes ASCII only");
        value = TrimAscii(value);
        value.CopyTo(ReserveBytes(slot, value.Length));
    }

    /// <summary>
    /// <see cref="SetAscii"/> of a value that starts and ends above 0x20 (so <see cref="TrimAscii"/> would leave it as it
    /// is): copied as it is.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void SetAsciiTrimmed(int slot, ReadOnlySpan<byte> value)
    {
        System.Diagnostics.Debug.Assert(Ascii.IsValid(value) && value[0] > 0x20 && value[^1] > 0x20, "SetAsciiTrimmed takes trimmed ASCII only");
        value.CopyTo(ReserveBytes(slot, value.Length));
    }

    /// <summary>
    /// <paramref name="value"/> without the ASCII white space (as <see cref="char.IsWhiteSpace(char)"/> says) at either
    /// end; white space beyond ASCII is left for the text's own trim.
    /// </summary>
    public static ReadOnlySpan<byte> TrimAscii(ReadOnlySpan<byte> value)
    {
        // Every ASCII white space character is at most 0x20: a value that starts and ends above it has none to trim.
        if (value.IsEmpty || (value[0] > 0x20 && value[^1] > 0x20))
        {
            return value;
        }
        var start = 0;
        while (start < value.Length && value[start] < 0x80 && char.IsWhiteSpace((char)value[start]))
        {
            start++;
        }
        var end = value.Length;
        while (end > start && value[end - 1] < 0x80 && char.IsWhiteSpace((char)value[end - 1]))
        {
            end--;
        }
        return value[start..end];
    }

    /// <summary>
    /// The buffer that <see cref="SetAsciiInSource"/> refers to (a reader's block of lines); it must stay unchanged while
    /// the row is used.
    /// </summary>
    internal void SetSource(byte[] source) => _source = source;

    /// <summary>
    /// <see cref="SetAscii"/> of the ASCII value at <paramref name="start"/> of the buffer given to <see cref="SetSource"/>,
    /// without copying it: the row refers to it there (trimmed as <see cref="TrimAscii"/> trims).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void SetAsciiInSource(int slot, int start, int length)
    {
        var source = _source;
        System.Diagnostics.Debug.Assert(Ascii.IsValid(source.AsSpan(start, length)), "SetAsciiInSource takes ASCII only");
        if ((uint)slot >= 64)
        {
            SetAscii(slot, source.AsSpan(start, length));
            return;
        }
        if (length > 0 && (source[start] <= 0x20 || source[start + length - 1] <= 0x20))
        {
            var end = start + length;
            while (start < end && source[start] < 0x80 && char.IsWhiteSpace((char)source[start]))
            {
                start++;
            }
            while (end > start && source[end - 1] < 0x80 && char.IsWhiteSpace((char)source[end - 1]))
            {
                end--;
            }
            length = end - start;
        }
        _byteStart[slot] = start;
        _byteLength[slot] = length;
        _length[slot] = length == 0 ? 0 : Narrow;
        _inSource |= 1UL << slot;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private Span<byte> ReserveBytes(int slot, int length)
    {
        if (_inSource != 0 && (uint)slot < 64)
        {
            _inSource &= ~(1UL << slot);
        }
        if (_bytesUsed + length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _bytesUsed + length));
        }
        _byteStart[slot] = _bytesUsed;
        _byteLength[slot] = length;
        _length[slot] = length == 0 ? 0 : Narrow;
        _bytesUsed += length;
        return _bytes.AsSpan(_byteStart[slot], length);
    }

    private void SetText(int slot, ReadOnlySpan<char> value)
    {
        if (_used + value.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + value.Length));
        }
        value.CopyTo(_chars.AsSpan(_used));
        _start[slot] = _used;
        _length[slot] = value.Length;
        _byteLength[slot] = 0;
        if ((uint)slot < 64)
        {
            _inSource &= ~(1UL << slot);
        }
        _used += value.Length;
    }

    /// <summary>Keeps an unknown column's value (skipped when empty).</summary>
    public void AddExtra(string name, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (!value.IsEmpty)
        {
            _extras.Add(new(name, value.ToString()));
        }
    }

    /// <summary>The value of a column; empty when absent.</summary>
    public ReadOnlySpan<char> Get(int slot)
    {
        if (_length[slot] == Narrow)
        {
            var length = _byteLength[slot];
            if (_used + length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
            }
            Ascii.ToUtf16(GetAscii(slot), _chars.AsSpan(_used), out _);
            _start[slot] = _used;
            _length[slot] = length;
            _used += length;
        }
        return _chars.AsSpan(_start[slot], _length[slot]);
    }

    /// <summary>
    /// The ASCII bytes of a column's value when the row <see cref="IsAscii"/> (empty when absent); for a value set as
    /// other text, empty.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal ReadOnlySpan<byte> GetAscii(int slot)
    {
        // An absent value's start is left from an earlier row (Clear empties the lengths only), in either buffer.
        var length = _byteLength[slot];
        var bytes = (uint)slot < 64 && ((_inSource >> slot) & 1) != 0 ? _source : _bytes;
        return length == 0 ? default : new ReadOnlySpan<byte>(bytes, _byteStart[slot], length);
    }

    /// <summary>Whether a column has a value.</summary>
    public bool Has(int slot) => _length[slot] != 0;
}
