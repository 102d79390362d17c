namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>The counts of one vector's rows, accumulated as the rows are read (each accepted event and operation once).</summary>
internal sealed class VectorTally
{
    public HashSet<int> Active { get; } = [];
    public HashSet<int> Applying { get; } = [];
    public HashSet<int> Verifying { get; } = [];
    public HashSet<int> Checking { get; } = [];
    public HashSet<int> Failing { get; } = [];
    public HashSet<string> Operators { get; } = new(StringComparer.Ordinal);
    public int Applies { get; set; }
    public int BackgroundApplies { get; set; }
    public int NightApplies { get; set; }
    public int VerifyPassed { get; set; }
    public int VerifyFailed { get; set; }
    public int Checks { get; set; }
    public int HttpChecks { get; set; }
    public int Publishes { get; set; }
    public int Rollbacks { get; set; }

    public void Add(TelemetryEvent e)
    {
        Active.Add(e.Device);
        switch (e.Kind)
        {
            case EventKind.ApplySuccess:
                Applies++;
                Applying.Add(e.Device);
                BackgroundApplies += (e.State == AppState.Background || e.Mode == InstallMode.Silent) && e.UserInitiated != true ? 1 : 0;
                NightApplies += MeridianCalendar.HourOf(e.At) < 6 ? 1 : 0;
                break;
            case EventKind.VerifyPassed or EventKind.VerifyFailed:
                Verifying.Add(e.Device);
                VerifyPassed += e.Kind == EventKind.VerifyPassed ? 1 : 0;
                VerifyFailed += e.Kind == EventKind.VerifyFailed ? 1 : 0;
                break;
            case EventKind.UpdateCheck:
                Checks++;
                Checking.Add(e.Device);
                HttpChecks += e.Transport == Transport.Http ? 1 : 0;
                break;
            case EventKind.ApplyFailed or EventKind.Rollback or EventKind.Crash:
                Failing.Add(e.Device);
                break;
        }
    }

    public void Add(Operation op)
    {
        Operators.Add(op.Operator);
        Publishes += op.Action == "publish" ? 1 : 0;
        Rollbacks += op.Action is "set_active" or "deactivate" ? 1 : 0;
    }
}
