namespace HotAudit.Cli.Worker;

/// <summary>A <c>.zip</c> case that is not extracted, with the reason (path traversal, absolute path, link, limits, not a zip).</summary>
internal sealed class ZipRejectedException(string message) : Exception(message);
