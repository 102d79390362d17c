using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace HotAudit.Worker.Web;

/// <summary>
/// Checks a request's token against the configured one, in constant time: an <c>Authorization: Bearer</c> header, the
/// view's cookie, or (first login from a browser) <c>?token=</c>, which is answered with the cookie and a redirect to
/// the same address without it, so the token stays out of links, history and proxy logs.
/// </summary>
internal sealed class WebToken(string? expected)
{
    public const string Cookie = "hotaudit_token";

    private readonly byte[]? _expected = string.IsNullOrWhiteSpace(expected) ? null : Encoding.UTF8.GetBytes(expected);

    public bool Required => _expected is not null;

    /// <summary>What the request presents: "header", "cookie" or "query" when it matches, else null.</summary>
    public string? Accepts(HttpRequest request)
    {
        if (_expected is null)
        {
            return "none";
        }
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Matches(header["Bearer ".Length..].Trim()) ? "header" : null;
        }
        if (request.Query.TryGetValue("token", out var query))
        {
            return Matches(query.ToString()) ? "query" : null;
        }
        return request.Cookies.TryGetValue(Cookie, out var cookie) && Matches(cookie) ? "cookie" : null;
    }

    /// <summary>Sets the cookie and sends the browser to the same address without <c>token</c> in its query.</summary>
    public static void LogIn(HttpContext context)
    {
        var token = context.Request.Query["token"].ToString();
        context.Response.Cookies.Append(Cookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        var rest = context.Request.Query.Where(q => q.Key != "token").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        var query = string.Join('&', rest);
        context.Response.Redirect(context.Request.PathBase + context.Request.Path + (query.Length > 0 ? "?" + query : ""));
    }

    private bool Matches(string given) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _expected);
}
