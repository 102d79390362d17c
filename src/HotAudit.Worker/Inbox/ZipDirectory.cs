using System.Buffers.Binary;

namespace HotAudit.Worker;

/// <summary>
/// Reads the entry count a zip declares in its end-of-central-directory record (zip64 too), from the last 64 KiB of the
/// file: the count is checked against the limit before <see cref="System.IO.Compression.ZipArchive"/> reads the whole
/// central directory into memory (a million entries cost hundreds of MB).
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndSize = 22;

    /// <summary>The declared number of entries, or null when no end record is found (the zip reader then says why).</summary>
    public static long? DeclaredEntries(Stream zip)
    {
        var tail = (int)Math.Min(zip.Length, EndSize + ushort.MaxValue);
        var buffer = new byte[tail];
        zip.Seek(-tail, SeekOrigin.End);
        zip.ReadExactly(buffer);
        for (var at = tail - EndSize; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(at)) != EndSignature)
            {
                continue;
            }
            var count = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(at + 10));
            return count == ushort.MaxValue ? Zip64Entries(zip, zip.Length - tail + at) ?? count : count;
        }
        return null;
    }

    private static long? Zip64Entries(Stream zip, long endOffset)
    {
        if (endOffset < 20)
        {
            return null;
        }
        var locator = new byte[20];
        zip.Seek(endOffset - 20, SeekOrigin.Begin);
        zip.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }
        var recordOffset = BinaryPrimitives.ReadInt64LittleEndian(locator.AsSpan(8));
        if (recordOffset < 0 || recordOffset > zip.Length - 56)
        {
            return null;
        }
        var record = new byte[56];
        zip.Seek(recordOffset, SeekOrigin.Begin);
        zip.ReadExactly(record);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndSignature ? BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32)) : null;
    }
}
