using HotAudit.Worker.Alerts;

namespace HotAudit.Worker.Streams;

/// <summary>
/// The live path's settings, bound from the top level of the configuration (like <c>Web</c>): <c>Streams</c>,
/// <c>Ingest</c>, <c>Alerts</c> and <c>Retention</c> (<c>HOTAUDIT__STREAMS__0__NAME</c>, <c>HOTAUDIT__INGEST__TOKEN</c> ...).
/// </summary>
internal sealed class LiveSettings
{
    /// <summary>The live streams; none turns the live path off.</summary>
    public List<StreamSettings> Streams { get; set; } = [];

    /// <summary>Section <c>Ingest</c>.</summary>
    public IngestSettings Ingest { get; set; } = new();

    /// <summary>Section <c>Alerts</c>.</summary>
    public AlertSettings Alerts { get; set; } = new();

    /// <summary>Journal segments whose newest event is this much older than the stream's newest are removed (clause 7.1 b: six months).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(190);

    /// <summary>Whether any stream is configured (the live path is on).</summary>
    public bool Enabled => Streams.Count > 0;

    /// <summary>The stream named <paramref name="name"/> (names compare ignoring case), or null.</summary>
    public StreamSettings? Stream(string name) => Streams.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
