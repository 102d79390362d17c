namespace HotAudit.Worker;

/// <summary>A ready case in the inbox.</summary>
/// <param name="Name">The folder's or the zip's file name (the journal's key).</param>
/// <param name="Case">The case name: the folder name, or the zip's name without <c>.zip</c>.</param>
/// <param name="Kind">Folder or zip.</param>
internal sealed record InboxEntry(string Name, string Case, InboxEntryKind Kind);
