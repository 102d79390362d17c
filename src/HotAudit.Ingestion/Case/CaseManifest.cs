using HotAudit.Core.Assessment;
using HotAudit.Core.Contract;

namespace HotAudit.Ingestion;

/// <summary>What a case folder holds: its input files by kind and what its optional <c>hotaudit.case.yaml</c> says.</summary>
/// <param name="Directory">Full path of the case folder.</param>
/// <param name="CaseId">The <c>case</c> id of the case file, or null.</param>
/// <param name="Scenario">The <c>scenario</c> of the case file, or null.</param>
/// <param name="Offset">The <c>tz</c> of the case file, or null (the contract's default is +08:00).</param>
/// <param name="PeriodFrom">Start of the assessment period (UTC ticks), or null.</param>
/// <param name="PeriodUntil">End of the assessment period (UTC ticks), or null.</param>
/// <param name="App">The <c>app_under_test</c> record, or null.</param>
/// <param name="StandardLabel">The <c>standard_label</c>, or null.</param>
/// <param name="Packs">The <c>rules.packs</c> selection, or null.</param>
/// <param name="Set">The <c>rules.set</c> parameter overrides ("RULE.param" → value text).</param>
/// <param name="Files">Full paths of the input files of each kind present, sorted ordinally by name.</param>
/// <param name="KeysDirectory">Full path of the <c>keys/</c> folder, or null.</param>
/// <param name="AttestationsFile">Full path of <c>attestations.yaml</c>, or null.</param>
public sealed record CaseManifest(
    string Directory, string? CaseId, Scenario? Scenario, TimeSpan? Offset, long? PeriodFrom, long? PeriodUntil,
    AppUnderTest? App, string? StandardLabel, IReadOnlyList<string>? Packs, IReadOnlyDictionary<string, string> Set,
    IReadOnlyDictionary<InputKind, IReadOnlyList<string>> Files, string? KeysDirectory, string? AttestationsFile)
{
    /// <summary>What reading one input may cost (the case file's <c>limits</c>, capped by the worker's settings).</summary>
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    /// <summary>The mapping applied to the inputs (README "Mappings"), or null when they are in contract shape.</summary>
    public CaseMapping? Mapping { get; init; }

    /// <summary>
    /// What the case folder holds that HotAudit does not read — data files whose names match no input
    /// kind, input names with an extension it does not read, sub-folders with data files — for notices and for telling a
    /// mistyped case from an empty one.
    /// </summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>The case file's <c>mapping</c> (a shipped name or a path relative to the case folder), or null.</summary>
    internal string? MappingReference { get; init; }
}
