namespace HotAudit.Ingestion;

/// <summary>An input stopped because it passed one of its <see cref="ReadLimits"/>; the message names the limit.</summary>
internal sealed class InputLimitException(string message) : Exception(message);
