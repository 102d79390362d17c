namespace HotAudit.Anomalies.Scoring;

/// <summary>What a day was judged against, for the explanation.</summary>
internal enum HistoryBasis
{
    /// <summary>The series' own trailing window.</summary>
    Trailing,

    /// <summary>The series' short trailing window and the app's other versions over it (a young series).</summary>
    Peers,

    /// <summary>The series' other days over the whole case (a case too short for any trailing history).</summary>
    Case,

    /// <summary>The app's release actions so far, with the case's (<see cref="ProcessPools"/>).</summary>
    Record,

    /// <summary>The app's release actions so far, and the day's count of them on the version (<see cref="SeriesTests.Joint"/>).</summary>
    RecordAndCount,
}
