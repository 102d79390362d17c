using HotAudit.Core.Clauses;
using YamlDotNet.RepresentationModel;

namespace HotAudit.Ingestion;

/// <summary>Reads <c>attestations.yaml</c>: clause id → status, evidence, assessor, date.</summary>
internal static class AttestationsReader
{
    private const string FileName = "attestations.yaml";

    /// <summary>The attestations by clause id.</summary>
    /// <exception cref="CaseInputException">The file is not valid YAML or an entry is malformed.</exception>
    public static IReadOnlyDictionary<string, Attestation> Read(string path)
    {
        var result = new Dictionary<string, Attestation>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlDocument.LoadMapping(path).Children)
        {
            var clause = (key as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(clause) || value is not YamlMappingNode entry)
            {
                throw new CaseInputException($"{FileName}: each entry must map a clause id to status, evidence, assessor and date");
            }
            result[clause] = new Attestation(clause, Status(entry, clause), Text(entry, "evidence"),
                entry.Scalar("assessor", FileName), entry.Scalar("date", FileName));
        }
        return result;
    }

    private static Verdict Status(YamlMappingNode entry, string clause)
    {
        var status = entry.Scalar("status", FileName);
        return status?.ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
        {
            "conformant" => Verdict.Conformant,
            "nonconformant" or "non_conformant" => Verdict.Nonconformant,
            "not_applicable" => Verdict.NotApplicable,
            null => throw new CaseInputException($"{FileName}: clause '{clause}' has no status"),
            _ => throw new CaseInputException(
                $"{FileName}: clause '{clause}' has status '{status}' (expected conformant, nonconformant or not_applicable)"),
        };
    }

    /// <summary>A scalar, or the items of a list joined with "; " (evidence is often a list of document references).</summary>
    private static string? Text(YamlMappingNode entry, string key)
    {
        if (entry.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list)
        {
            return string.Join("; ", list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim()));
        }
        return entry.Scalar(key, FileName);
    }
}
