using System.Text;

namespace HotAudit.Core.Data;

/// <summary>
/// One raw row as a reader found it, before validation: the trimmed text of each known column by schema slot, the
/// unknown columns, its line, and a fingerprint of its raw content. Reused from row to row, so reading allocates
/// nothing per row.
/// </summary>
public sealed class RowBuffer
{
    // Marks the raw UTF-8 line among the raw fields' lengths.
    private const int Utf8Field = -1;

    private readonly int[] _start;
    private readonly int[] _length;
    private readonly List<KeyValuePair<string, string>> _extras = [];
    private readonly List<int> _rawFields = [];
    private char[] _chars = new char[1024];
    private int _used;
    private char[] _raw = new char[1024];
    private int _rawUsed;
    private byte[] _rawUtf8 = new byte[1024];
    private int _rawUtf8Used;
    private char[] _decoded = [];
    private UInt128? _rawFingerprint;

    /// <summary>Creates a buffer for a schema with <paramref name="slots"/> columns.</summary>
    public RowBuffer(int slots)
    {
        _start = new int[slots];
        _length = new int[slots];
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
        get => _rawFingerprint ??= HashRaw();
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
                if (l > 0)
                {
                    return false;
                }
            }
            return _extras.Count == 0;
        }
    }

    /// <summary>Empties the buffer for the next row.</summary>
    public void Clear()
    {
        Array.Clear(_length);
        _extras.Clear();
        _used = 0;
        _rawUsed = 0;
        _rawUtf8Used = 0;
        _rawFields.Clear();
        _rawFingerprint = null;
    }

    /// <summary>Appends one raw field (a CSV field as read, or a whole JSON line) to what <see cref="RawFingerprint"/> hashes.</summary>
    public void AddRawField(ReadOnlySpan<char> value)
    {
        if (_rawUsed + value.Length > _raw.Length)
        {
            Array.Resize(ref _raw, Math.Max(_raw.Length * 2, _rawUsed + value.Length));
        }
        value.CopyTo(_raw.AsSpan(_rawUsed));
        _rawUsed += value.Length;
        _rawFields.Add(value.Length);
    }

    /// <summary>
    /// Appends a whole raw line as UTF-8 (a JSON line): it counts as one raw field of its decoded text, but is decoded
    /// only when <see cref="RawFingerprint"/> is asked for. At most one per row.
    /// </summary>
    public void AddRawUtf8(ReadOnlySpan<byte> line)
    {
        if (_rawUtf8Used > 0 || _rawFields.Contains(Utf8Field))
        {
            throw new InvalidOperationException("a row has at most one raw UTF-8 line");
        }
        if (line.Length > _rawUtf8.Length)
        {
            _rawUtf8 = new byte[Math.Max(_rawUtf8.Length * 2, line.Length)];
        }
        line.CopyTo(_rawUtf8);
        _rawUtf8Used = line.Length;
        _rawFields.Add(Utf8Field);
    }

    private UInt128 HashRaw()
    {
        if (_rawFields.Count == 0)
        {
            return default;
        }
        var fingerprint = Fingerprint.Start;
        var at = 0;
        foreach (var length in _rawFields)
        {
            if (length == Utf8Field)
            {
                var chars = Encoding.UTF8.GetMaxCharCount(_rawUtf8Used);
                if (chars > _decoded.Length)
                {
                    _decoded = new char[Math.Max(_decoded.Length * 2, chars)];
                }
                fingerprint = Fingerprint.Add(fingerprint, _decoded.AsSpan(0, Encoding.UTF8.GetChars(_rawUtf8.AsSpan(0, _rawUtf8Used), _decoded)));
                continue;
            }
            fingerprint = Fingerprint.Add(fingerprint, _raw.AsSpan(at, length));
            at += length;
        }
        return fingerprint;
    }

    /// <summary>Sets a column's value (trimmed; empty after trimming is absent).</summary>
    public void Set(int slot, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (_used + value.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + value.Length));
        }
        value.CopyTo(_chars.AsSpan(_used));
        _start[slot] = _used;
        _length[slot] = value.Length;
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
    public ReadOnlySpan<char> Get(int slot) => _chars.AsSpan(_start[slot], _length[slot]);

    /// <summary>Whether a column has a value.</summary>
    public bool Has(int slot) => _length[slot] > 0;
}
