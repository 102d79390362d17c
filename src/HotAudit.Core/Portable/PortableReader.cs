using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Portable;

/// <summary>Reads what a <see cref="PortableWriter"/> wrote, interning every value into this process's <see cref="SymbolTable"/>.</summary>
public sealed class PortableReader
{
    private readonly SymbolTable _symbols;
    private readonly List<int> _seen = [SymbolTable.None];
    private readonly BinaryReader _in;

    /// <summary>A reader of <paramref name="bytes"/> into <paramref name="symbols"/>.</summary>
    public PortableReader(byte[] bytes, SymbolTable symbols)
    {
        _symbols = symbols;
        _in = new BinaryReader(new MemoryStream(bytes, writable: false));
    }

    /// <summary>Whether everything was read.</summary>
    public bool AtEnd => _in.BaseStream.Position == _in.BaseStream.Length;

    /// <summary>Reads a symbol, interning its text the first time the batch carries it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not what a writer wrote.</exception>
    public int Symbol()
    {
        var index = _in.Read7BitEncodedInt();
        if (index < _seen.Count)
        {
            return _seen[index];
        }
        if (index != _seen.Count)
        {
            throw new InvalidDataException($"portable batch: symbol index {index} out of order (expected at most {_seen.Count})");
        }
        var symbol = _symbols.Intern(_in.ReadString());
        _seen.Add(symbol);
        return symbol;
    }

    /// <summary>Reads a whole number.</summary>
    public long Long() => _in.Read7BitEncodedInt64();

    /// <summary>Reads a flag.</summary>
    public bool Bool() => _in.ReadBoolean();

    /// <summary>Reads a record.</summary>
    public Record Record()
    {
        var record = new Record
        {
            Ts = _in.ReadInt64(),
            File = _in.Read7BitEncodedInt(),
            Line = _in.Read7BitEncodedInt(),
        };
        var high = _in.ReadUInt64();
        record.Fingerprint = ((UInt128)high << 64) | _in.ReadUInt64();
        record.DeviceHash = _in.ReadUInt32();
        for (var i = 0; i < FieldSlots.Capacity; i++)
        {
            record.Fields[i] = Symbol();
        }
        return record;
    }
}
