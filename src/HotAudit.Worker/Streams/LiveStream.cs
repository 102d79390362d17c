using HotAudit.Ingestion;
using HotAudit.Ingestion.Live;
using HotAudit.Worker.Streams.Journal;

namespace HotAudit.Worker.Streams;

/// <summary>One configured stream while the worker runs: its settings, its journal, and how its posted rows are read.</summary>
/// <param name="Settings">The stream's settings.</param>
/// <param name="Folder">Its folder in the state: <c>streams/&lt;name&gt;/</c>.</param>
/// <param name="Journal">Its journal.</param>
/// <param name="Reader">Reads a posted body with the reference case's mapping, read limits and time zone.</param>
internal sealed record LiveStream(StreamSettings Settings, string Folder, StreamJournal Journal, LiveBatchReader Reader)
{
    public string Name => Settings.Name;

    /// <summary>The window's files as the last evaluation left them.</summary>
    public Evaluation.StreamWindow Window { get; } = new();

    /// <summary>The window assessed at the last evaluation: the reference's files and the journal's rows as files.</summary>
    public string Case => Path.Combine(Folder, "case");

    /// <summary>The reference case as its evaluations read it (case file, mapping given by the stream, read limits).</summary>
    public static CaseManifest Reference(StreamSettings settings) =>
        CaseDiscovery.Discover(settings.Reference, string.IsNullOrWhiteSpace(settings.Mapping) ? null : settings.Mapping);
}
