using System.Text.RegularExpressions;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Engine.Lookups;

/// <summary>Tester results of T/TAF 084.4 signatures: the second character of a valid tester code <c>[NTB][01]</c>, per app name and version.</summary>
internal sealed partial class AppSignatureIndex
{
    private readonly Dictionary<(int Name, int Version), int> _results = [];

    public AppSignatureIndex(SymbolTable symbols, IReadOnlyList<ReferenceRow> signatures)
    {
        foreach (var row in signatures)
        {
            var role = (row["signer_role"] ?? "").Trim();
            var code = row["custom_data"] ?? "";
            if (!(role.Equals("tester", StringComparison.OrdinalIgnoreCase) || role == "检测者") || !TesterCode().IsMatch(code))
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

    [GeneratedRegex("^[NTB][01]$")]
    private static partial Regex TesterCode();
}
