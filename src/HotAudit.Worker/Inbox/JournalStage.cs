namespace HotAudit.Worker;

/// <summary>How far an inbox entry got; the journal keeps it durable across crashes.</summary>
internal enum JournalStage
{
    /// <summary>Taken from the inbox; the assessment may or may not have finished. Resumed by assessing again, unless the history already holds the run.</summary>
    Claimed,

    /// <summary>Reported and recorded; the inputs still have to move to processed/.</summary>
    Assessed,

    /// <summary>Could not be assessed; the error file and the move to failed/ may still be due.</summary>
    Failed,
}
