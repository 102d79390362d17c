using System.Security.Cryptography;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a file through SHA-256 as its reader consumes it, so a file read whole is hashed in the same pass;
/// <see cref="Finish"/> hashes what the reader left unread (a gzip trailer, bytes after an error) and returns the digest.
/// Disposing it leaves the file and the hash alone: its owner (<see cref="InputStream"/>) closes both.
/// </summary>
internal sealed class HashingStream(FileStream file) : Stream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = file.Read(buffer);
        _sha.AppendData(buffer[..n]);
        return n;
    }

    /// <summary>Hashes the rest of the file and returns the SHA-256 of all of it, lower-case hex.</summary>
    public string Finish()
    {
        var rest = new byte[1 << 16];
        while (Read(rest) > 0)
        {
        }
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Frees the hash (not on <see cref="Stream.Dispose()"/>: a reader disposes its stream before the hash is finished).</summary>
    public void Release() => _sha.Dispose();
}
