namespace HotAudit.Cli.Tests.Support;

/// <summary>How the builder writes one input file: container, encoding, delimiter, header names and timestamp style.</summary>
internal enum FileFormat
{
    /// <summary>CSV, UTF-8 without BOM, LF, <c>,</c>; timestamps ISO with <c>+08:00</c>-style offset of the case.</summary>
    Csv,

    /// <summary>CSV, UTF-8 with BOM, CRLF, <c>,</c>; timestamps as <see cref="Csv"/> (so raw fields equal across both).</summary>
    CsvBomCrlf,

    /// <summary>JSON Lines, one object a line, <c>ts</c> as a JSON number of epoch milliseconds, booleans as JSON booleans.</summary>
    JsonLines,

    /// <summary>A gzip-compressed <see cref="Csv"/> file (name it <c>*.csv.gz</c>).</summary>
    CsvGzip,

    /// <summary>CSV in GB18030 with the Chinese header aliases; timestamps in the case's local time without offset.</summary>
    CsvGb18030Chinese,

    /// <summary>CSV with <c>;</c> delimiter, UTF-8; timestamps with milliseconds and a <c>+0800</c>-style offset.</summary>
    CsvSemicolon,
}
