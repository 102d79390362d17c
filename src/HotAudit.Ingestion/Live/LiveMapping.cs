using System.Text;
using HotAudit.Core.Contract;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion.Live;

/// <summary>
/// The mapping a stream's evaluation reads its case folder with. The rows in the journal are in contract shape already
/// (the stream's mapping was applied when they were posted), so the evaluation applies only the sections for the
/// reference files: applying the event logs' sections again would map contract values a second time (a value map from
/// one contract value to another, say) and cost a pass over every row for nothing.
/// </summary>
public static class LiveMapping
{
    /// <summary>
    /// Writes the mapping of <paramref name="reference"/> (the stream's, else the reference case's own) without its
    /// <c>telemetry</c> and <c>operations</c> sections to <paramref name="path"/>, and returns that path; null when the
    /// reference case has no mapping (then its case folder has none either).
    /// </summary>
    /// <param name="reference">The stream's reference case, discovered with the stream's mapping.</param>
    /// <param name="path">Where to write the reference files' part of the mapping (outside the case folder).</param>
    /// <exception cref="CaseInputException">The mapping file cannot be read.</exception>
    public static string? ForEvaluation(CaseManifest reference, string path)
    {
        if (reference.Mapping is not { } mapping)
        {
            return null;
        }
        var kept = new YamlMappingNode();
        if (!YamlDocument.LoadMapping(mapping.Path).Children.Keys.Any(k => k is YamlScalarNode { Value: "name" }))
        {
            kept.Add("name", mapping.Name);
        }
        foreach (var (key, value) in YamlDocument.LoadMapping(mapping.Path).Children)
        {
            if (!(key is YamlScalarNode { Value: { } name } && InputKinds.TryParse(name, out var kind) && kind.IsEventLog()))
            {
                kept.Add(key, value);
            }
        }
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            new YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(kept)).Save(writer, assignAnchors: false);
        }
        return path;
    }
}
