namespace HotAudit.Anomalies.Model;

/// <summary>One input row of the ML.NET pipeline (the vector's size is set at run time through a schema definition).</summary>
internal sealed class VectorRow
{
    public float[] Features { get; set; } = [];
}
