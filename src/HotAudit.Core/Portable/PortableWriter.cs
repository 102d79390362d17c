using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Portable;

/// <summary>
/// Writes records and partial results so that another process, with its own <see cref="SymbolTable"/>, can read them:
/// a symbol is written as its text the first time and as a small index after that, so a batch carries each distinct
/// value once. Read back with <see cref="PortableReader"/>.
/// </summary>
public sealed class PortableWriter
{
    private readonly SymbolTable _symbols;
    private readonly Dictionary<int, int> _written = [];
    private readonly MemoryStream _buffer = new();
    private readonly BinaryWriter _out;

    /// <summary>A writer of values from <paramref name="symbols"/>.</summary>
    public PortableWriter(SymbolTable symbols)
    {
        _symbols = symbols;
        _out = new BinaryWriter(_buffer);
    }

    /// <summary>Bytes written so far.</summary>
    public long Length => _buffer.Length;

    /// <summary>Writes a symbol: its batch index, followed by its text when this batch has not carried it yet.</summary>
    public void Symbol(int symbol)
    {
        if (symbol == SymbolTable.None)
        {
            _out.Write7BitEncodedInt(0);
            return;
        }
        if (_written.TryGetValue(symbol, out var index))
        {
            _out.Write7BitEncodedInt(index);
            return;
        }
        index = _written.Count + 1;
        _written[symbol] = index;
        _out.Write7BitEncodedInt(index);
        _out.Write(_symbols[symbol]);
    }

    /// <summary>Writes a whole number.</summary>
    public void Long(long value) => _out.Write7BitEncodedInt64(value);

    /// <summary>Writes a flag.</summary>
    public void Bool(bool value) => _out.Write(value);

    /// <summary>Writes a record: instant, source, fingerprint, device hash and the symbol of every slot.</summary>
    public void Record(in Record record)
    {
        _out.Write(record.Ts);
        _out.Write7BitEncodedInt(record.File);
        _out.Write7BitEncodedInt(record.Line);
        _out.Write((ulong)(record.Fingerprint >> 64));
        _out.Write((ulong)record.Fingerprint);
        _out.Write(record.DeviceHash);
        for (var i = 0; i < FieldSlots.Capacity; i++)
        {
            Symbol(record.Fields[i]);
        }
    }

    /// <summary>The bytes written.</summary>
    public byte[] ToArray()
    {
        _out.Flush();
        return _buffer.ToArray();
    }
}
