using System.Text;
using HotAudit.Core.Contract;

namespace HotAudit.Core.Data;

/// <summary>
/// The telemetry checks of <see cref="TelemetryChecks"/> (after the timestamp) on a row held as ASCII bytes: whether
/// the row passes all of them. For ASCII text, comparing ignoring case is comparing lower-cased bytes, so a row passes
/// here exactly when it passes there; a row that does not is judged there, which names the field and the reason.
/// </summary>
internal sealed class AsciiTelemetryChecks
{
    /// <summary>The longest word of any telemetry vocabulary is shorter than this.</summary>
    public const int MaxWord = 64;

    private readonly int _event;
    private readonly int[] _enumSlots;
    private readonly byte[][]?[] _wordsBySlot;
    private readonly int[] _required;
    private readonly (int Slot, byte[][] Prefixes)[] _requiredFor;
    private readonly int[] _bools;

    public AsciiTelemetryChecks(Schema s)
    {
        _event = s.Slot("event");
        _wordsBySlot = [.. s.Columns.Select(c => c.Type == ColumnType.Enum ? Words(c) : null)];
        // Every enum column of telemetry is checked against its vocabulary (TelemetryChecks: event, then these four).
        _enumSlots = [_event, .. new[] { "platform", "app_state", "transport", "install_mode" }.Select(s.Slot)];
        if (_enumSlots.Length != _wordsBySlot.Count(w => w is not null))
        {
            throw new ArgumentException("every enum column of telemetry must be checked", nameof(s));
        }
        _required = [.. Schemas.TelemetryIdentity.Select(s.Slot)];
        _requiredFor =
        [
            (s.Slot("patch_id"), Bytes("download_", "verify_", "apply_")),
            (s.Slot("app_state"), Bytes("download_", "apply_")),
            (s.Slot("transport"), Bytes("update_check", "download_")),
        ];
        _bools = [s.Slot("user_initiated"), s.Slot("signature_present")];
    }

    /// <summary>
    /// Whether the row passes every telemetry check after the timestamp; if so, <paramref name="words"/> holds, for each
    /// enum column, the index of its value's word in the vocabulary (-1 when it is empty).
    /// </summary>
    public bool Accepts(RowBuffer row, Span<sbyte> words)
    {
        foreach (var slot in _enumSlots)
        {
            var value = row.GetAscii(slot);
            if (value.IsEmpty)
            {
                if (slot == _event)
                {
                    return false;
                }
                words[slot] = -1;
                continue;
            }
            var index = IndexOf(value, _wordsBySlot[slot]!);
            if (index < 0)
            {
                return false;
            }
            words[slot] = (sbyte)index;
        }
        foreach (var slot in _required)
        {
            if (!row.Has(slot))
            {
                return false;
            }
        }
        var ev = _wordsBySlot[_event]![words[_event]];
        foreach (var (slot, prefixes) in _requiredFor)
        {
            if (!row.Has(slot))
            {
                foreach (var p in prefixes)
                {
                    if (ev.AsSpan().StartsWith(p))
                    {
                        return false;
                    }
                }
            }
        }
        foreach (var slot in _bools)
        {
            var value = row.GetAscii(slot);
            if (!value.IsEmpty && ReadBool(value) is null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Word <paramref name="index"/> (lower case) of an enum column's vocabulary.</summary>
    public byte[] Word(int slot, int index) => _wordsBySlot[slot]![index];

    /// <summary>The value lower-cased into <paramref name="buffer"/>; empty when it is longer than the buffer (no word is).</summary>
    public static ReadOnlySpan<byte> Lower(ReadOnlySpan<byte> value, Span<byte> buffer)
    {
        if (value.Length > buffer.Length)
        {
            return default;
        }
        Ascii.ToLower(value, buffer, out var written);
        return buffer[..written];
    }

    /// <summary><see cref="RowValidator.ReadBool"/> of ASCII bytes.</summary>
    public static bool? ReadBool(ReadOnlySpan<byte> value) => value.Length switch
    {
        1 when value[0] == (byte)'1' => true,
        1 when value[0] == (byte)'0' => false,
        2 when EqualsLower(value, "no"u8) => false,
        3 when EqualsLower(value, "yes"u8) => true,
        4 when EqualsLower(value, "true"u8) => true,
        5 when EqualsLower(value, "false"u8) => false,
        _ => null,
    };

    private static int IndexOf(ReadOnlySpan<byte> value, byte[][] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length == value.Length && EqualsLower(value, words[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Whether ASCII <paramref name="value"/> lower-cased equals <paramref name="lower"/> (same length).</summary>
    private static bool EqualsLower(ReadOnlySpan<byte> value, ReadOnlySpan<byte> lower)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            if ((uint)(b - 'A') <= 'Z' - 'A')
            {
                b |= 0x20;
            }
            if (b != lower[i])
            {
                return false;
            }
        }
        return true;
    }

    private static byte[][] Words(Column column)
    {
        var words = column.Vocabulary ?? throw new ArgumentException($"{column.Name} has no vocabulary", nameof(column));
        if (words.Count > sbyte.MaxValue || words.Any(w => !Ascii.IsValid(w) || w.Length >= MaxWord || w != w.ToLowerInvariant()))
        {
            throw new ArgumentException($"{column.Name}: a vocabulary word is not short lower-case ASCII", nameof(column));
        }
        return Bytes([.. words]);
    }

    private static byte[][] Bytes(params string[] words) => [.. words.Select(Encoding.ASCII.GetBytes)];
}
