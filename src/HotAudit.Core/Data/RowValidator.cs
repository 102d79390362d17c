using System.Text;
using System.Text.Json;
using HotAudit.Core.Contract;
using HotAudit.Core.Symbols;
using HotAudit.Core.Time;

namespace HotAudit.Core.Data;

/// <summary>
/// Turns a raw telemetry or operation-log row into a <see cref="Record"/>, or names the first field that fails the
/// checks of DATA-CONTRACT.md ("Exactly which rows are rejected"), in the contract's order.
/// </summary>
public sealed class RowValidator
{
    private static readonly string[] BoolTrue = ["true", "1", "yes", "是"];
    private static readonly string[] BoolFalse = ["false", "0", "no", "否"];

    private readonly Schema _schema;
    private readonly SymbolTable _symbols;
    private readonly TimeSpan _offset;
    private readonly int _true;
    private readonly int _false;
    private readonly int _appSlot;
    private readonly int _deviceSlot;
    private readonly int _idSlot;
    private readonly Func<RowBuffer, string?>[] _checks;
    private readonly AsciiTelemetryChecks? _ascii;
    private readonly ColumnType[] _types;

    /// <summary>Creates a validator for telemetry or the operation log.</summary>
    public RowValidator(Schema schema, SymbolTable symbols, TimeSpan localOffset)
    {
        _schema = schema;
        _symbols = symbols;
        _offset = localOffset;
        _true = symbols.Intern("true");
        _false = symbols.Intern("false");
        _appSlot = schema.SlotOf("app_id");
        _deviceSlot = schema.SlotOf("device_id");
        _idSlot = schema.Kind == InputKind.Telemetry ? schema.SlotOf("event_id") : schema.SlotOf("op_id");
        _checks = schema.Kind == InputKind.Telemetry ? TelemetryChecks.Build(schema) : OperationChecks.Build(schema);
        _ascii = schema.Kind == InputKind.Telemetry ? new AsciiTelemetryChecks(schema) : null;
        _types = [.. schema.Columns.Select(c => c.Type)];
    }

    /// <summary>Validates a row. On success <paramref name="record"/> holds it; else <paramref name="field"/> and <paramref name="reason"/> say why not.</summary>
    public bool TryAccept(RowBuffer row, int fileIndex, out Record record, out string field, out string reason) =>
        TryAccept(row, fileIndex, null, out record, out field, out reason);

    /// <summary>A memo for one reading thread to pass to <see cref="TryAccept(RowBuffer, int, SymbolCache?, out Record, out string, out string)"/>.</summary>
    public SymbolCache NewCache() => new(_symbols);

    /// <summary>
    /// Validates a row, interning its values through <paramref name="cache"/> (one per reading thread) when given: the
    /// symbols are the same, but parallel readers stop contending on the shared table for values they have seen.
    /// </summary>
    public bool TryAccept(RowBuffer row, int fileIndex, SymbolCache? cache, out Record record, out string field, out string reason)
    {
        // A row held as ASCII bytes (nearly every telemetry row) is accepted straight from its bytes; a row the byte
        // checks do not accept is judged again below from its text, which names the field and the reason.
        if (_ascii is not null && cache is not null && row.IsAscii && TryAcceptAscii(row, fileIndex, cache, out record))
        {
            field = reason = string.Empty;
            return true;
        }
        record = default;
        field = "ts";
        if (!Timestamps.TryParse(row.Get(0), _offset, out var ts, out var tsError))
        {
            reason = row.Has(0) ? tsError! : Quality.RejectionReasons.MissingTimestamp.En;
            return false;
        }
        foreach (var check in _checks)
        {
            if (check(row) is { } failure)
            {
                var colon = failure.IndexOf(':', StringComparison.Ordinal);
                field = failure[..colon];
                reason = failure[(colon + 1)..];
                return false;
            }
        }
        record = Build(row, fileIndex, ts, cache);
        field = reason = string.Empty;
        return true;
    }

    private Record Build(RowBuffer row, int fileIndex, long ts, SymbolCache? cache)
    {
        var record = new Record { Ts = ts, File = fileIndex, Line = row.Line };
        Span<char> lower = stackalloc char[64];
        for (var slot = 1; slot < _schema.Columns.Count; slot++)
        {
            if (slot == _idSlot && _schema.Kind == InputKind.Telemetry)
            {
                // Event ids are unique per event: only their fingerprint is kept, interning them would grow the table by one string per event.
                continue;
            }
            var value = row.Get(slot);
            var column = _schema.Columns[slot];
            record.Fields[slot] = column.Type switch
            {
                _ when value.IsEmpty => SymbolTable.None,
                ColumnType.Bool => ReadBool(value) == true ? _true : _false,
                ColumnType.Enum when value.Length <= lower.Length => Intern(lower[..value.ToLowerInvariant(lower)], slot, cache),
                ColumnType.Enum => Intern(value.ToString().ToLowerInvariant(), slot, cache),
                _ => Intern(value, slot, cache),
            };
        }
        if (row.Extras.Count > 0)
        {
            record.Fields[_schema.ExtrasSlot] = _symbols.Intern(JsonSerializer.Serialize(row.Extras.ToDictionary(e => e.Key, e => e.Value)));
        }
        record.Fingerprint = row.Has(_idSlot) ? Fingerprint.Add(Fingerprint.Start, row.Get(_idSlot)) : row.RawFingerprint;
        if (_deviceSlot >= 0)
        {
            record.DeviceHash = Fingerprint.Device(row.Get(_appSlot), row.Get(_deviceSlot));
        }
        return record;
    }

    private bool TryAcceptAscii(RowBuffer row, int fileIndex, SymbolCache cache, out Record record)
    {
        record = default;
        var tsBytes = row.GetAscii(0);
        if (!Timestamps.TryParseCommonAscii(tsBytes, _offset, out var ts))
        {
            // Another form: at most a few dozen ASCII bytes, widened and read by the one parser of the contract's forms.
            Span<char> text = stackalloc char[64];
            if (tsBytes.IsEmpty || tsBytes.Length > text.Length)
            {
                return false;
            }
            Ascii.ToUtf16(tsBytes, text, out var tsLength);
            if (!Timestamps.TryParse(text[..tsLength], _offset, out ts, out _))
            {
                return false;
            }
        }
        Span<sbyte> words = stackalloc sbyte[_types.Length];
        if (!_ascii!.Accepts(row, words))
        {
            return false;
        }
        record = new Record { Ts = ts, File = fileIndex, Line = row.Line };
        for (var slot = 1; slot < _types.Length; slot++)
        {
            if (slot == _idSlot)
            {
                continue;
            }
            var value = row.GetAscii(slot);
            record.Fields[slot] = _types[slot] switch
            {
                _ when value.IsEmpty => SymbolTable.None,
                ColumnType.Bool => AsciiTelemetryChecks.ReadBool(value) == true ? _true : _false,
                // Every enum column was checked against its vocabulary: the symbol of its lower-case word.
                ColumnType.Enum => cache.InternWord(slot, words[slot], _ascii.Word(slot, words[slot])),
                _ => cache.InternAscii(value, slot),
            };
        }
        if (row.Extras.Count > 0)
        {
            record.Fields[_schema.ExtrasSlot] = _symbols.Intern(JsonSerializer.Serialize(row.Extras.ToDictionary(e => e.Key, e => e.Value)));
        }
        record.Fingerprint = row.Has(_idSlot) ? Fingerprint.AddAscii(Fingerprint.Start, row.GetAscii(_idSlot)) : row.RawFingerprint;
        record.DeviceHash = Fingerprint.DeviceAscii(row.GetAscii(_appSlot), row.GetAscii(_deviceSlot));
        return true;
    }

    private int Intern(ReadOnlySpan<char> value, int slot, SymbolCache? cache) => cache is null ? _symbols.Intern(value) : cache.Intern(value, slot);

    /// <summary>Reads a boolean word of the contract (true/false, 1/0, yes/no, 是/否, any case); null when it is none.</summary>
    public static bool? ReadBool(ReadOnlySpan<char> value)
    {
        foreach (var t in BoolTrue)
        {
            if (value.Equals(t, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        foreach (var f in BoolFalse)
        {
            if (value.Equals(f, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return null;
    }
}
