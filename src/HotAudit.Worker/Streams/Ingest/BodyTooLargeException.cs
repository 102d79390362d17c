namespace HotAudit.Worker.Streams.Ingest;

/// <summary>A posted body passed <c>Ingest:MaxBody</c>, as sent or once decompressed.</summary>
internal sealed class BodyTooLargeException(string message) : Exception(message);
