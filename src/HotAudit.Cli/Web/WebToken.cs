using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace HotAudit.Cli.Web;

/// <summary>Checks the bearer token or <c>?token=</c> of a request against the configured one, in constant time.</summary>
internal sealed class WebToken(string? expected)
{
    private readonly byte[]? _expected = string.IsNullOrWhiteSpace(expected) ? null : Encoding.UTF8.GetBytes(expected);

    /// <summary>The query suffix links carry when the request came with <c>?token=</c>, so following them stays allowed.</summary>
    public static string LinkSuffix(HttpRequest request) =>
        request.Query.TryGetValue("token", out var t) ? "?token=" + Uri.EscapeDataString(t.ToString()) : "";

    public bool Allows(HttpRequest request)
    {
        if (_expected is null)
        {
            return true;
        }
        var header = request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : request.Query["token"].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _expected);
    }
}
