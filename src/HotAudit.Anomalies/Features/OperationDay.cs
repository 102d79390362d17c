namespace HotAudit.Anomalies.Features;

/// <summary>What the operation log did to one (app, app version, local day).</summary>
internal sealed class OperationDay
{
    public int Publishes;
    public int Rollbacks;

    /// <summary><c>targeting_change</c> rows: who gets the patch changed (a staged rollout widened), so devices may apply without a publish.</summary>
    public int Retargets;

    /// <summary><c>version_register</c> rows: the version was registered that day, the first of its release work.</summary>
    public int Registers;

    /// <summary>Publishes of a patch with no <c>approve</c> of it (result <c>approved</c>) earlier in the log (HU-GOV-02's test).</summary>
    public int Unapproved;

    /// <summary>
    /// Rollbacks that undo one made earlier the same day: they move a patch (off, or on) that an earlier rollback of the
    /// day already moved — a patch switched back and forth (<see cref="OperationTally"/>).
    /// </summary>
    public int Flaps;

    /// <summary>The patches the day's rollbacks moved so far (the one they left and the one they made active).</summary>
    private readonly HashSet<int> _moved = [];

    /// <summary>Records a rollback that left patch <paramref name="left"/> and made <paramref name="made"/> active (0: none); counts it a flap when either was moved by an earlier rollback of the day.</summary>
    public void Rollback(int left, int made)
    {
        Rollbacks++;
        var again = (left != 0 && _moved.Contains(left)) | (made != 0 && _moved.Contains(made));
        Flaps += again ? 1 : 0;
        foreach (var patch in new[] { left, made })
        {
            if (patch != 0)
            {
                _moved.Add(patch);
            }
        }
    }

    public HashSet<int> Operators { get; } = [];

    /// <summary>Operators acting on the version who acted on none of the app's versions before this day in the log.</summary>
    public HashSet<int> Unfamiliar { get; } = [];

    /// <summary>Whether the operation log reaches far enough before this day to say who is unfamiliar.</summary>
    public bool Baseline { get; init; }
}
