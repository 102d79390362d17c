using System.Runtime.CompilerServices;

namespace HotAudit.Core.Engine;

/// <summary>
/// A set of 128-bit fingerprints by open addressing (linear probing, power-of-two table, at most half full): 16 bytes
/// a slot instead of a HashSet entry's 32 and no per-entry bucket chain. Zero marks an empty slot; the fingerprint 0
/// itself is remembered apart. Each fingerprint keeps an index beside it (the record that holds it). One instance per worker, cleared from partition to partition.
/// </summary>
internal sealed class FingerprintSet
{
    private UInt128[] _slots = new UInt128[16];
    private int _mask = 15;
    private int[] _indexes = new int[16];
    private bool _hasZero;
    private int _zeroIndex;

    /// <summary>Empties the set and makes room for <paramref name="capacity"/> fingerprints without growing.</summary>
    public void Reset(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }
        if (_slots.Length < size)
        {
            _slots = new UInt128[size];
            _indexes = new int[size];
        }
        else
        {
            Array.Clear(_slots);
        }
        _mask = _slots.Length - 1;
        _hasZero = false;
    }

    /// <summary>Adds a fingerprint; false when it was already there. Never grows: <see cref="Reset"/> sizes the table.</summary>
    public bool Add(UInt128 fingerprint)
    {
        _ = ref Claim(fingerprint, 0, out var added);
        return added;
    }

    /// <summary>
    /// Adds a fingerprint with <paramref name="index"/> (<paramref name="added"/> true), or finds it already there
    /// (<paramref name="added"/> false); either way returns the index kept with it, by reference so the caller can
    /// replace it. Never grows: <see cref="Reset"/> sizes the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref int Claim(UInt128 fingerprint, int index, out bool added)
    {
        if (fingerprint == UInt128.Zero)
        {
            added = !_hasZero;
            _hasZero = true;
            if (added)
            {
                _zeroIndex = index;
            }
            return ref _zeroIndex;
        }
        var slots = _slots;
        var i = (int)((ulong)fingerprint ^ (ulong)(fingerprint >> 64)) & _mask;
        while (true)
        {
            var at = slots[i];
            if (at == UInt128.Zero)
            {
                slots[i] = fingerprint;
                _indexes[i] = index;
                added = true;
                return ref _indexes[i];
            }
            if (at == fingerprint)
            {
                added = false;
                return ref _indexes[i];
            }
            i = (i + 1) & _mask;
        }
    }
}
