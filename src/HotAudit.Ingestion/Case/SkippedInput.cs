using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>A file or sub-folder of a case that is not read.</summary>
/// <param name="Name">Its name in the case folder (a folder ends in '/').</param>
/// <param name="Reason">Why it is not read, and what HotAudit expects instead.</param>
/// <param name="LooksLike">The event log its columns look like (telemetry or the operation log), or null.</param>
public sealed record SkippedInput(string Name, string Reason, InputKind? LooksLike)
{
    /// <inheritdoc />
    public override string ToString() => RunMessages.Skipped.Format(Name, Reason);
}
