using HotAudit.Core.CustomData;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>Tester results of T/TAF 084.4 signatures: the second character of a valid tester code <c>[NTB][01]</c>, per app name and version.</summary>
internal sealed class AppSignatureIndex
{
    private readonly Dictionary<(int Name, int Version), int> _results = [];

    public AppSignatureIndex(SymbolTable symbols, IReadOnlyList<ReferenceRow> signatures)
    {
        foreach (var row in signatures)
        {
            var code = row["custom_data"] ?? "";
            if (!SignerRoles.TryParse(row["signer_role"], out var role) || role != SignerRole.Tester || !SignatureCustomData.Parse(role, code).IsValid)
            {
                continue;
            }
            var key = (symbols.Intern(row["app_name"]), symbols.Intern(row["app_version"]));
            var result = symbols.Intern(code[1..]);
            if (!_results.TryGetValue(key, out var seen) || symbols[seen] != "1")
            {
                _results[key] = result;
            }
        }
    }

    public int Result(int name, int version) => _results.GetValueOrDefault((name, version));
}
