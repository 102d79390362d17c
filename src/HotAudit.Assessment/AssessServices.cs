using HotAudit.Anomalies;
using HotAudit.Anomalies.Memory;
using HotAudit.Core.Signing;

namespace HotAudit.Assessment;

/// <summary>
/// The services a run uses, made once by a composition root (the <c>hotaudit</c> executable, the worker's host, a
/// cluster silo) and handed to <see cref="AssessRunner"/>: nothing in the pipeline reads the clock or makes a verifier
/// or a monitor itself, so a test can hand it its own.
/// </summary>
/// <param name="Time">The clock: the report's creation time and the run's timings.</param>
/// <param name="Verifier">Verifies patch signatures offline (HU-SIG rules).</param>
/// <param name="NewMonitor">A new anomaly monitor for one run, given the days kept from earlier runs (the worker's) or null.</param>
public sealed record AssessServices(TimeProvider Time, IPatchSignatureVerifier Verifier, Func<MonitorMemory?, AnomalyMonitor> NewMonitor);
