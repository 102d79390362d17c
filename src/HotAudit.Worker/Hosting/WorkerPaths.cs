namespace HotAudit.Worker;

/// <summary>The folders the worker uses, resolved from <see cref="WorkerSettings"/> (defaults beside the inbox).</summary>
public sealed record WorkerPaths(string Inbox, string Reports, string State, string Processed, string Failed)
{
    /// <summary>The claim journal: one file per inbox entry in progress.</summary>
    public string Journal => Path.Combine(State, "journal");

    /// <summary>Extracted zips and schedule views.</summary>
    public string Work => Path.Combine(State, "work");

    /// <summary>The last completed occurrence of each schedule.</summary>
    public string Schedules => Path.Combine(State, "schedules");

    /// <summary>The anomaly monitor's kept days: <c>models/&lt;case&gt;/&lt;app_id&gt;.zip</c>.</summary>
    public string Models => Path.Combine(State, "models");

    /// <summary>The live streams: <c>streams/&lt;name&gt;/journal/</c>, <c>spool/</c> (bodies being read) and <c>case/</c> (the window assessed).</summary>
    public string Streams => Path.Combine(State, "streams");

    /// <summary>Alerts not yet delivered to the webhook, one file each.</summary>
    public string Outbox => Path.Combine(State, "outbox");

    /// <summary>The folders of the settings: the inbox, and the reports and state folders (beside the inbox unless set).</summary>
    public static WorkerPaths From(WorkerSettings settings)
    {
        var inbox = Path.GetFullPath(settings.Inbox ?? throw new InvalidOperationException("Worker:Inbox is not set"));
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(inbox)) ?? inbox;
        return new WorkerPaths(
            inbox,
            Path.GetFullPath(settings.Reports ?? Path.Combine(parent, "reports")),
            Path.GetFullPath(settings.State ?? Path.Combine(parent, "state")),
            Path.Combine(parent, "processed"),
            Path.Combine(parent, "failed"));
    }

    /// <summary>Creates every folder; the state and its folders private to the worker's user (0700).</summary>
    public void Create()
    {
        foreach (var dir in new[] { Inbox, Reports, Processed, Failed })
        {
            Directory.CreateDirectory(dir);
        }
        foreach (var dir in new[] { State, Journal, Work, Schedules, Models, Streams, Outbox })
        {
            PrivateFiles.CreateFolder(dir);
        }
    }
}
