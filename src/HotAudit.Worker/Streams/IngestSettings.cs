namespace HotAudit.Worker.Streams;

/// <summary>Section <c>Ingest</c>: who may write to the streams and how much at once.</summary>
internal sealed class IngestSettings
{
    /// <summary>The configuration section: <c>Ingest</c>.</summary>
    public const string Section = "Ingest";

    /// <summary>The token every write must send as <c>Authorization: Bearer TOKEN</c>, on loopback too; required with streams.</summary>
    public string? Token { get; set; }

    /// <summary>Largest body accepted, as sent and once decompressed (64 MiB).</summary>
    public long MaxBody { get; set; } = 64L * 1024 * 1024;
}
