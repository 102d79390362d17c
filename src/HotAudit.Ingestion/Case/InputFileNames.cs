using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>Which input kind a file belongs to, by the name patterns of DATA-CONTRACT.md.</summary>
internal static class InputFileNames
{
    private static readonly string[] TextExtensions = [".csv", ".tsv", ".txt", ".jsonl"];

    /// <summary>The kind of a file name, or null when it is not an input file.</summary>
    public static InputKind? KindOf(string fileName)
    {
        if (!HasInputExtension(fileName))
        {
            return null;
        }
        foreach (var kind in Enum.GetValues<InputKind>().Where(k => k.IsTable()))
        {
            if (fileName.StartsWith(kind.Prefix(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        return null;
    }

    private static bool HasInputExtension(string fileName)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        foreach (var ext in TextExtensions)
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
