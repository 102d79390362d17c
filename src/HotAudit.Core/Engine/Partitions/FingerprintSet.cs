using System.Runtime.CompilerServices;

namespace HotAudit.Core.Engine;

/// <summary>
/// A set of 128-bit fingerprints by open addressing (linear probing, power-of-two table, at most half full): 16 bytes
/// a slot instead of a HashSet entry's 32 and no per-entry bucket chain. Zero marks an empty slot; the fingerprint 0
/// itself is remembered apart. One instance per worker, cleared from partition to partition.
/// </summary>
internal sealed class FingerprintSet
{
    private UInt128[] _slots = new UInt128[16];
    private int _mask = 15;
    private bool _hasZero;

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
        }
        else
        {
            Array.Clear(_slots);
        }
        _mask = _slots.Length - 1;
        _hasZero = false;
    }

    /// <summary>Adds a fingerprint; false when it was already there. Never grows: <see cref="Reset"/> sizes the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(UInt128 fingerprint)
    {
        if (fingerprint == UInt128.Zero)
        {
            var had = _hasZero;
            _hasZero = true;
            return !had;
        }
        var slots = _slots;
        var i = (int)((ulong)fingerprint ^ (ulong)(fingerprint >> 64)) & _mask;
        while (true)
        {
            var at = slots[i];
            if (at == UInt128.Zero)
            {
                slots[i] = fingerprint;
                return true;
            }
            if (at == fingerprint)
            {
                return false;
            }
            i = (i + 1) & _mask;
        }
    }
}
