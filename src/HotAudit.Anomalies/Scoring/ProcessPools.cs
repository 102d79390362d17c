using HotAudit.Anomalies.Features;

namespace HotAudit.Anomalies.Scoring;

/// <summary>
/// The record of a platform's process so far (<see cref="FeatureKind.ProcessShare"/>: publishes without an approval):
/// per app, how many earlier release actions skipped the step, of how many. Whether a team has its
/// patches approved before they go out is the team's practice and the platform's, not a version's, and a version has
/// too few publishes of its own to say. An app's share has an empirical-Bayes Beta prior from the case's apps
/// (<see cref="BetaPrior"/>: centred on their pooled share, worth as many actions as their practices agree, at most
/// <see cref="MaxPriorActions"/>), updated with the app's own record: beside a CI bot that never asks for an approval,
/// a team that always does is judged by its own record, not by a case-wide share the bot inflates; the day's k
/// of n is judged by the beta-binomial tail. One such action in a day is never news (p = 1): a single publish without an
/// approval is HU-GOV-02's finding, not a change of behaviour; two or more in a day, where the record says the team
/// has its patches approved, are. Days are added once their day is over, so a day never stands in its own record.
/// The same record, with a fixed prior and one action already news, keeps each app's rollbacks that undo an earlier
/// rollback of the day (<see cref="For"/>).
/// </summary>
internal sealed class ProcessPools(int least = 2, (double A, double B)? fixedPrior = null)
{
    private readonly Dictionary<string, Record> _apps = new(StringComparer.Ordinal);
    private readonly List<(string App, double K, double N, bool Unusual)> _pending = [];
    private int _day = int.MinValue;
    private (double A, double B)? _prior;

    /// <summary>
    /// The record of rollbacks that undo an earlier rollback of the day (<see cref="FeatureCatalog.RollbackFlaps"/>): one
    /// such flap is news (a patch switched back and forth), and the prior is fixed, not drawn from the case's apps.
    /// </summary>
    public static ProcessPools For(FeatureDefinition feature) =>
        feature.Name == FeatureCatalog.RollbackFlaps ? new ProcessPools(least: 1, fixedPrior: FlapPrior) : new ProcessPools();

    /// <summary>
    /// A team's record of flaps before it has one: one flap in 50 rollbacks after a day's first, worth 25 such rollbacks.
    /// Fixed, unlike the approval record's prior: a case whose multi-rollback days are mostly incidents would otherwise
    /// teach that switching a patch back and forth is how rollbacks are done.
    /// </summary>
    public static readonly (double A, double B) FlapPrior = (0.5, 24.5);

    /// <summary>
    /// Days judged unusual an app needs before they are its practice (and only when their actions are as many as its
    /// usual days'): a record whose usual days hold no such action — most teams' rollbacks after a day's first — would
    /// otherwise adopt its first burst and judge the next one by it. Measured (bench/QUALITY.md, tenth session): vendor's
    /// bank flapped a patch four times on one day, and its 2-rollback burst later that season came out at p ≈ 0.1 on the
    /// flap record instead of 0.02.
    /// </summary>
    public const int PracticeDays = 3;

    /// <summary>The most actions the case's prior is worth against an app's own.</summary>
    public const double MaxPriorActions = 10_000;

    /// <summary>Moves to <paramref name="day"/>: the days before it join the record. Days come in order.</summary>
    public void MoveTo(int day)
    {
        if (day == _day)
        {
            return;
        }
        foreach (var (app, k, n, unusual) in _pending)
        {
            _apps[app] = _apps.GetValueOrDefault(app).Add(k, n, unusual);
        }
        if (_pending.Count > 0)
        {
            _prior = null;
        }
        _pending.Clear();
        _day = day;
    }

    /// <summary>
    /// Adds the current day's <paramref name="k"/> of <paramref name="n"/> actions of an app; a day judged
    /// <paramref name="unusual"/> is kept apart, as in a series' own history, so one burst does not make the next usual
    /// (unless such actions are as many as the others, on <see cref="PracticeDays"/> days or more: then they are the practice).
    /// </summary>
    public void Add(string app, double k, int n, bool unusual) => _pending.Add((app, k, n, unusual));

    /// <summary>The predictive of how many of <paramref name="n"/> actions skip the step, after the record so far.</summary>
    public Predictive Of(string app, int n)
    {
        var (k, total) = _apps.GetValueOrDefault(app).Kept;
        _prior ??= fixedPrior ?? BetaPrior.Estimate(_apps.Values.Select(r => r.Kept).ToList(), MaxPriorActions);
        return new Predictive(n, _prior.Value.A + k, _prior.Value.B + total - k, least);
    }

    private readonly record struct Record((double K, double N) Usual, (double K, double N) Unusual, int UnusualDays = 0)
    {
        public (double K, double N) Kept => Unusual.N >= Usual.N && UnusualDays >= PracticeDays ? (Usual.K + Unusual.K, Usual.N + Unusual.N) : Usual;

        public Record Add(double k, double n, bool unusual) => unusual
            ? this with { Unusual = (Unusual.K + k, Unusual.N + n), UnusualDays = UnusualDays + 1 }
            : this with { Usual = (Usual.K + k, Usual.N + n) };
    }

    /// <summary>
    /// The beta-binomial of k of <paramref name="N"/> after Beta(<paramref name="A"/>, <paramref name="B"/>), with fewer
    /// than <paramref name="Least"/> actions never surprising (for the approvals, one: <see cref="Frequent"/>'s rule).
    /// </summary>
    internal readonly record struct Predictive(int N, double A, double B, int Least = 2) : ICountPredictive
    {
        public double Mean => N * A / (A + B);

        /// <summary>The app's usual share of actions that skip the step.</summary>
        public double Share => A / (A + B);

        public double UpperTail(int k) => k < Least ? 1 : k > N ? 0 : ShareModel.UpperTail(k, N, A, B);

        public Tail Tail(double value) => new(UpperTail((int)Math.Round(value)), Share);
    }
}
