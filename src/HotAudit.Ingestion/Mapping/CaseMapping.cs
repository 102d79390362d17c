using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>
/// A mapping file (README "Mappings"): per input kind, column renames, value maps and defaults that turn another
/// platform's export into the data contract before rows are validated.
/// </summary>
public sealed class CaseMapping
{
    internal CaseMapping(string name, string path, IReadOnlyDictionary<InputKind, KindMapping> kinds)
    {
        Name = name;
        Path = path;
        Kinds = kinds;
    }

    /// <summary>The name reports show: a shipped mapping's name, else the file's name.</summary>
    public string Name { get; }

    /// <summary>Full path of the mapping file.</summary>
    public string Path { get; }

    /// <summary>The input kinds the mapping has a section for.</summary>
    public IEnumerable<InputKind> MappedKinds => Kinds.Keys;

    internal IReadOnlyDictionary<InputKind, KindMapping> Kinds { get; }

    /// <summary>The section for one kind, or null when the mapping leaves that kind alone.</summary>
    internal KindMapping? For(InputKind kind) => Kinds.GetValueOrDefault(kind);
}
