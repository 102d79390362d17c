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
    private readonly byte[][] _events;
    private readonly int[] _required;
    private readonly (int Slot, byte[][] Prefixes)[] _requiredFor;
    private readonly (int Slot, byte[][] Words)[] _enums;
    private readonly int[] _bools;
    private readonly byte[][]?[] _wordsBySlot;

    public AsciiTelemetryChecks(Schema s)
    {
        _event = s.Slot("event");
        _events = Words(s.Columns[_event]);
        _required = [.. Schemas.TelemetryIdentity.Select(s.Slot)];
        _requiredFor =
        [
            (s.Slot("patch_id"), Bytes("download_", "verify_", "apply_")),
            (s.Slot("app_state"), Bytes("download_", "apply_")),
            (s.Slot("transport"), Bytes("update_check", "download_")),
        ];
        _enums = [.. new[] { "platform", "app_state", "transport", "install_mode" }.Select(n => (s.Slot(n), Words(s.Columns[s.Slot(n)])))];
        _bools = [s.Slot("user_initiated"), s.Slot("signature_present")];
        _wordsBySlot = [.. s.Columns.Select(c => c.Type == ColumnType.Enum ? Words(c) : null)];
    }

    /// <summary>
    /// The index of an enum column's value in its vocabulary (ignoring case), and the word; -1 when it is none (a row
    /// these checks accepted has a word in every enum column it fills).
    /// </summary>
    public int WordOf(int slot, ReadOnlySpan<byte> value, out byte[] word)
    {
        Span<byte> lower = stackalloc byte[MaxWord];
        var v = Lower(value, lower);
        var words = _wordsBySlot[slot]!;
        for (var i = 0; i < words.Length; i++)
        {
            if (v.SequenceEqual(words[i]))
            {
                word = words[i];
                return i;
            }
        }
        word = [];
        return -1;
    }

    /// <summary>Whether the row passes every telemetry check after the timestamp.</summary>
    public bool Accepts(RowBuffer row)
    {
        Span<byte> lower = stackalloc byte[MaxWord];
        var ev = Lower(row.GetAscii(_event), lower);
        if (ev.IsEmpty || !IsOneOf(ev, _events))
        {
            return false;
        }
        foreach (var slot in _required)
        {
            if (!row.Has(slot))
            {
                return false;
            }
        }
        foreach (var (slot, prefixes) in _requiredFor)
        {
            if (!row.Has(slot))
            {
                foreach (var p in prefixes)
                {
                    if (ev.StartsWith(p))
                    {
                        return false;
                    }
                }
            }
        }
        Span<byte> word = stackalloc byte[MaxWord];
        foreach (var (slot, words) in _enums)
        {
            var value = row.GetAscii(slot);
            if (!value.IsEmpty && !IsOneOf(Lower(value, word), words))
            {
                return false;
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
    public static bool? ReadBool(ReadOnlySpan<byte> value)
    {
        if (value.Length > 5)
        {
            return null;
        }
        Span<byte> lower = stackalloc byte[5];
        var v = Lower(value, lower);
        if (v.SequenceEqual("true"u8) || v.SequenceEqual("1"u8) || v.SequenceEqual("yes"u8))
        {
            return true;
        }
        if (v.SequenceEqual("false"u8) || v.SequenceEqual("0"u8) || v.SequenceEqual("no"u8))
        {
            return false;
        }
        return null;
    }

    private static bool IsOneOf(ReadOnlySpan<byte> value, byte[][] words)
    {
        foreach (var w in words)
        {
            if (value.SequenceEqual(w))
            {
                return true;
            }
        }
        return false;
    }

    private static byte[][] Words(Column column)
    {
        var words = column.Vocabulary ?? throw new ArgumentException($"{column.Name} has no vocabulary", nameof(column));
        if (words.Any(w => !Ascii.IsValid(w) || w.Length >= MaxWord || w != w.ToLowerInvariant()))
        {
            throw new ArgumentException($"{column.Name}: a vocabulary word is not short lower-case ASCII", nameof(column));
        }
        return Bytes([.. words]);
    }

    private static byte[][] Bytes(params string[] words) => [.. words.Select(Encoding.ASCII.GetBytes)];
}
