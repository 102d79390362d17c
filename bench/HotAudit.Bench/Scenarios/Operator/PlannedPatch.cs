namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>
/// A patch the operators work on. Its number (patch_version) is given once every publish is scheduled, in the order
/// of first publish, so a burst inserted between ordinary releases still gets increasing versions.
/// </summary>
internal sealed class PlannedPatch(int version, int serial, string content, bool trial)
{
    /// <summary>Index of the app version the patch is built for.</summary>
    public int Version { get; } = version;

    /// <summary>Creation order over the whole case (names the approval ticket).</summary>
    public int Serial { get; } = serial;

    /// <summary>What the patch changes (the operation log's <c>content</c>).</summary>
    public string Content { get; } = content;

    /// <summary>A trial build an outsider uploaded: never published, numbered apart from the releases.</summary>
    public bool Trial { get; } = trial;

    /// <summary>The patch_version, set by <see cref="PatchTimelines"/>.</summary>
    public int Number { get; set; }
}
