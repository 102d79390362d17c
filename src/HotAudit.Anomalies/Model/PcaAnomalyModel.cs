using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace HotAudit.Anomalies.Model;

/// <summary>
/// ML.NET <c>RandomizedPca</c> on the normalized daily vectors. ML.NET's <c>Score</c> is the residual's share of the
/// centred vector's length (0..1, blind to how far a vector is from normal: checked in the tests), so the residual used
/// here is that share times the centred length: the distance to the normal subspace. The cut is calibrated on the
/// training residuals as a robust z-score. Saved and loaded as one zip (ML.NET model + calibration) so a worker can keep
/// one per app.
/// </summary>
internal sealed class PcaAnomalyModel
{
    // One z-unit of the inputs: below that, a residual is noise whatever the training residuals' spread.
    private const double ScaleFloor = 1;
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private PcaAnomalyModel(MLContext ml, ITransformer model, Calibration calibration)
    {
        _ml = ml;
        _model = model;
        Calibration = calibration;
    }

    /// <summary>The training mean and residual calibration.</summary>
    public Calibration Calibration { get; }

    /// <summary>Trains on vectors of equal length with a fixed seed; the rank is capped below the dimension.</summary>
    public static PcaAnomalyModel Train(IReadOnlyList<float[]> vectors, int rank, int seed)
    {
        var dims = vectors[0].Length;
        var ml = new MLContext(seed);
        var options = new RandomizedPcaTrainer.Options { FeatureColumnName = nameof(VectorRow.Features), Rank = Math.Clamp(rank, 1, dims - 1), Seed = seed, EnsureZeroMean = true };
        var model = ml.AnomalyDetection.Trainers.RandomizedPca(options).Fit(Load(ml, vectors));
        var mean = Enumerable.Range(0, dims).Select(d => vectors.Average(v => v[d])).ToArray();
        var parts = Parts(ml, model, mean, vectors);
        var (median, scale) = Robust(parts.Select(p => p.Residual).ToArray());
        var (pMedian, pScale) = Robust(parts.Select(p => p.Projection).ToArray());
        return new PcaAnomalyModel(ml, model, new Calibration(mean, median, scale, pMedian, pScale));
    }

    /// <summary>Distance of each vector to the model's normal subspace.</summary>
    public double[] Residuals(IReadOnlyList<float[]> vectors) => Parts(_ml, _model, Calibration.Mean, vectors).Select(p => p.Residual).ToArray();

    /// <summary>
    /// Each vector's score: the larger robust z-score of its residual (off the usual directions) and of its projection
    /// (unusually far along a usual direction; the residual alone is blind to that).
    /// </summary>
    public double[] Scores(IReadOnlyList<float[]> vectors)
    {
        var c = Calibration;
        return Parts(_ml, _model, c.Mean, vectors)
            .Select(p => Math.Max((p.Residual - c.Median) / c.Scale, (p.Projection - c.ProjectionMedian) / c.ProjectionScale)).ToArray();
    }

    /// <summary>Writes the model and its calibration as one zip.</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry("pca.zip").Open())
        {
            _ml.Model.Save(_model, Load(_ml, [new float[Calibration.Mean.Length]]).Schema, entry);
        }
        using var json = zip.CreateEntry("calibration.json").Open();
        JsonSerializer.Serialize(json, Calibration);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static PcaAnomalyModel Load(Stream stream, int seed)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var ml = new MLContext(seed);
        using var buffer = new MemoryStream();
        using (var entry = zip.GetEntry("pca.zip")!.Open())
        {
            entry.CopyTo(buffer);
        }
        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out _);
        using var json = zip.GetEntry("calibration.json")!.Open();
        return new PcaAnomalyModel(ml, model, JsonSerializer.Deserialize<Calibration>(json)!);
    }

    private static (double Residual, double Projection)[] Parts(MLContext ml, ITransformer model, float[] mean, IReadOnlyList<float[]> vectors)
    {
        var scores = ml.Data.CreateEnumerable<ScoreRow>(model.Transform(Load(ml, vectors)), reuseRowObject: false).Select(r => (double)r.Score);
        return scores.Zip(vectors, (s, v) =>
        {
            var length = Length(v, mean);
            var residual = s * length;
            return (residual, Math.Sqrt(Math.Max(0, (length * length) - (residual * residual))));
        }).ToArray();
    }

    private static (double Median, double Scale) Robust(double[] values)
    {
        var median = Scoring.RobustStats.Median(values);
        return (median, Math.Max(Scoring.RobustStats.MadToSigma * Scoring.RobustStats.Mad(values, median), ScaleFloor));
    }

    private static double Length(float[] v, float[] mean) => Math.Sqrt(v.Select((x, i) => (double)(x - mean[i]) * (x - mean[i])).Sum());

    private static IDataView Load(MLContext ml, IReadOnlyList<float[]> vectors)
    {
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[nameof(VectorRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vectors[0].Length);
        return ml.Data.LoadFromEnumerable(vectors.Select(v => new VectorRow { Features = v }), schema);
    }
}
