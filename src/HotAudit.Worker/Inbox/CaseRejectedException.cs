namespace HotAudit.Worker;

/// <summary>
/// An inbox entry that is not assessed, with the reason (a zip's path traversal, absolute path, link, limits, not a
/// zip; a folder's symbolic link; a name that cannot be a case): it goes to <c>failed/</c>, never back to the inbox.
/// </summary>
internal sealed class CaseRejectedException(string message) : Exception(message);
