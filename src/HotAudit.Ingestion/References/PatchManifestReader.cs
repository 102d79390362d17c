using HotAudit.Core.Contract;
using HotAudit.Core.Data;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads one patch manifest outside a case (for <c>hotaudit verify --manifest</c>), with the same readers, header
/// aliases and encodings as a case's <c>patches*</c> files: CSV/TSV, JSON Lines, xlsx, optionally gzipped.
/// </summary>
public static class PatchManifestReader
{
    /// <summary>Every row of the file, in file order.</summary>
    /// <exception cref="CaseInputException">The file is missing or cannot be read; the message names it and says why.</exception>
    public static IReadOnlyList<ReferenceRow> Read(string path)
    {
        var full = Path.GetFullPath(path);
        var input = new CaseInput(InputKind.Patches, full, Path.GetFileName(full), InputFormat.Of(full), 0);
        if (!File.Exists(full))
        {
            throw new CaseInputException($"{path}: file not found");
        }
        var rows = new List<ReferenceRow>();
        var state = new IngestState(new DiscardTelemetry(), null, 0, CancellationToken.None);
        try
        {
            InputFileReader.Read(input, new ReferenceSink(input.Name, Schemas.Patches, TimeSpan.Zero, rows, state));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new CaseInputException($"{path}: {InputFileReader.Describe(input, e)}", e);
        }
        return rows;
    }
}
