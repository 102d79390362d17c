namespace HotAudit.Ingestion;

/// <summary>How an input file is laid out.</summary>
internal enum InputLayout
{
    /// <summary>Delimited text (.csv, .tsv, .txt).</summary>
    Delimited,

    /// <summary>JSON Lines.</summary>
    JsonLines,

    /// <summary>An Excel workbook.</summary>
    Workbook,
}

/// <summary>The format of an input file, from its name.</summary>
/// <param name="Layout">How rows are laid out.</param>
/// <param name="Name">The format reported: csv, tsv, txt, jsonl or xlsx, with <c>+gz</c> when compressed.</param>
/// <param name="Gzip">Whether the file is gzip-compressed.</param>
internal sealed record InputFormat(InputLayout Layout, string Name, bool Gzip)
{
    /// <summary>The format of a file name that <see cref="InputFileNames.KindOf"/> accepted.</summary>
    public static InputFormat Of(string fileName)
    {
        var gzip = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gzip ? fileName[..^3] : fileName;
        var ext = Path.GetExtension(inner).TrimStart('.').ToLowerInvariant();
        var layout = ext switch
        {
            "jsonl" => InputLayout.JsonLines,
            "xlsx" => InputLayout.Workbook,
            _ => InputLayout.Delimited,
        };
        return new InputFormat(layout, gzip ? ext + "+gz" : ext, gzip);
    }
}
