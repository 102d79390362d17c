using HotAudit.Core.Data;
using HotAudit.Core.Rules;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine;

/// <summary>What the engine evaluates: the case's data and the rules with their parameter overrides.</summary>
/// <param name="Symbols">The case's symbols.</param>
/// <param name="FileNames">Input file names by file index.</param>
/// <param name="Telemetry">Accepted telemetry, partitioned by device (duplicates not yet dropped), and where its rules run.</param>
/// <param name="Operations">Accepted operation-log rows without duplicates, in file order.</param>
/// <param name="References">Reference data.</param>
/// <param name="CaseDirectory">The case folder (patch files are read relative to it), or null.</param>
/// <param name="Rules">Rules to apply.</param>
/// <param name="Overrides">Parameter overrides, "RULE.param" → value.</param>
/// <param name="EvidenceCap">Evidence rows kept per finding.</param>
/// <param name="Parallelism">Partitions evaluated at once.</param>
/// <param name="Offset">The case's local offset (reference dates without one).</param>
/// <param name="PeriodFrom">Start of the assessment period (UTC ticks).</param>
/// <param name="PeriodUntil">End of the assessment period (UTC ticks).</param>
public sealed record EvaluationInput(
    SymbolTable Symbols, IReadOnlyList<string> FileNames, ITelemetryEvaluation Telemetry, IReadOnlyList<Record> Operations,
    ReferenceData References, string? CaseDirectory, IReadOnlyList<RuleDefinition> Rules,
    IReadOnlyDictionary<string, string> Overrides, int EvidenceCap, int Parallelism, TimeSpan Offset, long PeriodFrom, long PeriodUntil)
{
    /// <summary>Observers that read every device's events in the telemetry pass besides the rules (their merged partials come back in <see cref="EvaluationOutcome.Observed"/>).</summary>
    public IReadOnlyList<IDeviceObserver>? Observers { get; init; }

    /// <summary>The anomaly monitor that produces the findings of monitor rules (HU-ANM-01); without it those rules do not judge.</summary>
    public Monitoring.IAnomalyMonitor? Monitor { get; init; }

    /// <summary>Offline signature verification of the manifests (HU-SIG-02/03); without it those rules cannot judge.</summary>
    public Signing.IPatchSignatureVerifier? Verifier { get; init; }

    /// <summary>Called with a phase's name when it ends (telemetry rules, monitor, other rules): phase timings for profiling.</summary>
    public Action<string>? PhaseEnded { get; init; }
}
