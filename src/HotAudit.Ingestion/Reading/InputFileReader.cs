using System.Security.Cryptography;
using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>Reads one input file with the reader of its layout, after detecting its encoding and delimiter.</summary>
internal static class InputFileReader
{
    /// <summary>
    /// Reads the file into <paramref name="fileSink"/>, setting its encoding as soon as it is known. With a
    /// <paramref name="mapping"/>, headers are renamed by it and each row gets its value maps and defaults before the sink.
    /// </summary>
    public static void Read(CaseInput input, FileSink fileSink, KindMapping? mapping = null, TelemetryChunk? chunk = null)
    {
        var schema = Schemas.For(input.Kind);
        IRowSink sink = mapping is null ? fileSink : new MappedRowSink(mapping, fileSink);
        if (input.Format.Layout == InputLayout.Workbook)
        {
            // ClosedXML opens the package by path (random access): a workbook is hashed on its own.
            fileSink.Sha256 = Sha256(input.Path);
            fileSink.Encoding = "xlsx";
            WorkbookReader.Read(input.Path, input.Kind, schema, mapping, sink);
            return;
        }
        var sample = InputStream.Sample(input.Path, input.Format.Gzip, out var complete);
        var encoding = EncodingDetector.Detect(sample, complete);
        fileSink.Encoding = encoding.Name;
        var part = chunk is { IsWholeFile: false } ? chunk : null;
        // A whole file is hashed while it is read (one pass); a chunk's file was hashed when the chunks were planned.
        using var content = part is null ? InputStream.OpenHashed(input.Path, input.Format.Gzip, input.Limits) : InputStream.OpenChunk(input.Path, part);
        try
        {
            ReadLines(input, sink, mapping, content, encoding, sample, part?.FirstLine ?? 1, behindHeader: part is { HeaderEnd: > 0 });
        }
        finally
        {
            fileSink.Sha256 = content.FinishHash();
        }
    }

    /// <summary>
    /// Reads content already in memory (a posted body, decompressed) as the delimited or JSON Lines file
    /// <paramref name="input"/> names: the same encoding and delimiter detection, reader, mapping and checks as
    /// <see cref="Read"/>, from line 1. No hash is taken (there is no stored file to name).
    /// </summary>
    public static void ReadBuffer(CaseInput input, FileSink fileSink, KindMapping? mapping, ArraySegment<byte> content)
    {
        if (input.Format.Layout == InputLayout.Workbook || input.Format.Gzip)
        {
            throw new ArgumentException($"{input.Name}: only plain delimited or JSON Lines content is read from memory", nameof(input));
        }
        IRowSink sink = mapping is null ? fileSink : new MappedRowSink(mapping, fileSink);
        var sample = content.AsSpan(0, Math.Min(content.Count, EncodingDetector.SampleSize));
        var encoding = EncodingDetector.Detect(sample, complete: content.Count <= EncodingDetector.SampleSize);
        fileSink.Encoding = encoding.Name;
        using var stream = InputStream.OfBlock(ReadOnlyMemory<byte>.Empty, content);
        ReadLines(input, sink, mapping, stream, encoding, sample, firstLine: 1, behindHeader: false);
    }

    /// <summary>
    /// Reads one block of a file's inflated lines, cut at a line break, that starts on line <paramref name="firstLine"/>:
    /// behind the file's <paramref name="header"/> line (delimited files; empty for the first block and for JSON Lines),
    /// with the encoding and delimiter detected from the file's <paramref name="sample"/>, then <paramref name="rest"/>
    /// if given (the remainder of the file, read on from where the block ends).
    /// </summary>
    public static void ReadBlock(
        CaseInput input, FileSink fileSink, KindMapping? mapping, DetectedEncoding encoding, byte[] sample, ReadOnlyMemory<byte> header,
        ArraySegment<byte> block, int firstLine, Stream? rest = null)
    {
        IRowSink sink = mapping is null ? fileSink : new MappedRowSink(mapping, fileSink);
        fileSink.Encoding = encoding.Name;
        using var content = InputStream.OfBlock(header, block, rest);
        ReadLines(input, sink, mapping, content, encoding, sample, firstLine, behindHeader: !header.IsEmpty);
    }

    /// <summary>
    /// Reads lines of a delimited or JSON Lines file starting on line <paramref name="firstLine"/>; a delimited piece read
    /// <paramref name="behindHeader"/> (its file's header line first, which takes line 1 of what the CSV reader sees) is
    /// numbered from the line after the header.
    /// </summary>
    private static void ReadLines(
        CaseInput input, IRowSink sink, KindMapping? mapping, InputStream content, DetectedEncoding encoding, ReadOnlySpan<byte> sample, int firstLine, bool behindHeader)
    {
        var schema = Schemas.For(input.Kind);
        if (input.Format.Layout == InputLayout.JsonLines)
        {
            JsonLinesReader.Read(content, encoding, schema, mapping, sink, firstLine - 1, input.Limits);
            return;
        }
        var offset = behindHeader ? firstLine - 2 : firstLine - 1;
        DelimitedReader.Read(content, encoding, DelimiterDetector.Detect(sample, encoding), schema, mapping, sink, offset, input.Limits);
    }

    /// <summary>SHA-256 of the file as stored, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Why a file could not be read, for a person.</summary>
    public static string Describe(CaseInput input, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => RunMessages.FileNotFound.En,
        UnauthorizedAccessException => RunMessages.AccessDenied.En,
        InputLimitException => e.Message,
        InvalidDataException when input.Format.Gzip => RunMessages.NotGzip.Format(e.Message),
        InvalidDataException => e.Message,
        _ when input.Format.Layout == InputLayout.Workbook => RunMessages.NotWorkbook.Format(e.Message),
        IOException => RunMessages.IoError.Format(e.Message),
        _ => RunMessages.CannotBeRead.Format(e.Message),
    };
}
