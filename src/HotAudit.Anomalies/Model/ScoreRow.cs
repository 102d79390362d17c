namespace HotAudit.Anomalies.Model;

/// <summary>One output row: ML.NET's PCA score, the residual's share of the centred vector's length (0..1).</summary>
internal sealed class ScoreRow
{
    public float Score { get; set; }
}
