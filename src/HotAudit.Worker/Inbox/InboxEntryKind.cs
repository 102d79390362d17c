namespace HotAudit.Worker;

/// <summary>How a case arrived in the inbox.</summary>
internal enum InboxEntryKind
{
    /// <summary>A folder holding a <c>READY</c> marker.</summary>
    Folder,

    /// <summary>A <c>.zip</c> file.</summary>
    Zip,
}
