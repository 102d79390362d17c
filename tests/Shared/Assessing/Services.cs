using HotAudit.Anomalies;
using HotAudit.Assessment;
using HotAudit.Signing;

namespace HotAudit.Testing;

/// <summary>The services a composition root gives a run (the offline verifier, a new monitor per run) on a test's clock; linked by the test projects that run assessments.</summary>
internal static class Services
{
    public static AssessServices For(TimeProvider time) => new(time, new PatchSignatureVerifier(), kept => new AnomalyMonitor(kept));
}
