using System.Text;

namespace HotAudit.Ingestion;

/// <summary>The encoding of a text input as detected from its first bytes.</summary>
/// <param name="Name">The name reported: utf-8, utf-8-bom, utf-16le, utf-16be or gb18030.</param>
/// <param name="Encoding">The decoder for the file's bytes.</param>
/// <param name="BomLength">Bytes of byte order mark at the start.</param>
internal sealed record DetectedEncoding(string Name, Encoding Encoding, int BomLength)
{
    /// <summary>Whether the file is UTF-8 (with or without BOM), so a later invalid sequence means the guess was wrong.</summary>
    public bool IsUtf8 => Encoding.CodePage == Encoding.UTF8.CodePage;
}
