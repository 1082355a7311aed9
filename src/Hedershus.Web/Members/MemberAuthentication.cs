using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Hedershus.Core.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Members;

/// <summary>
/// How a member is recognised: the member cookie on the site (set only by signing in, SAFETY.md S7; never the
/// backoffice's cookie, which lives under /umbraco) or a bearer token for the JSON endpoints and the Delivery API.
/// Neither is a default scheme: public pages never run authentication.
/// </summary>
public static class MemberAuthentication
{
    public const string CookieScheme = "Member";
    public const string TokenScheme = "Member.Token";
    public const string CookieName = "hedershus.member";
    public const string TokenPolicy = "Member.Token";
    public const string SignInRateLimitPolicy = "member-sign-in";

    // A new key at every start: partition names mean nothing outside this process, and no address is kept.
    private static readonly byte[] PartitionKey = RandomNumberGenerator.GetBytes(32);

    public static IServiceCollection AddMemberAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var minutes = Math.Max(5, configuration.GetValue<int?>($"{MemberOptions.Section}:{nameof(MemberOptions.SessionMinutes)}") ?? 60);
        services.AddAuthentication()
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.Path = "/";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(minutes);
                options.SlidingExpiration = true;
            })
            .AddBearerToken(TokenScheme, options => options.BearerTokenExpiration = TimeSpan.FromMinutes(minutes));
        services.AddAuthorization(options => options.AddPolicy(TokenPolicy, policy => policy.AddAuthenticationSchemes(TokenScheme).RequireAuthenticatedUser()));
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(SignInRateLimitPolicy, http =>
        {
            var permits = configuration.GetValue<int?>("Members:SignInPermitsPerMinute") ?? 20;
            return permits <= 0 ? RateLimitPartition.GetNoLimiter("off") : RateLimitPartition.GetFixedWindowLimiter(ClientPartition(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        return services;
    }

    public static ClaimsPrincipal Principal(Member member, string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, member.Key.ToString("D")), new Claim(ClaimTypes.Email, member.Email)], scheme));

    /// <summary>The signed-in member's key from the cookie, or null.</summary>
    public static async Task<Guid?> CookieMemberAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(CookieScheme);
        return result.Succeeded ? KeyOf(result.Principal) : null;
    }

    /// <summary>The member of a bearer token: null without the header, an unsucceeded result with a bad one.</summary>
    public static async Task<AuthenticateResult?> TokenMemberAsync(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await http.AuthenticateAsync(TokenScheme)
            : null;

    public static Guid? KeyOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var key) ? key : null;

    public static string? EmailOf(ClaimsPrincipal? principal) => principal?.FindFirstValue(ClaimTypes.Email);

    private static string ClientPartition(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexString(HMACSHA256.HashData(PartitionKey, Encoding.UTF8.GetBytes(address)), 0, 16);
    }
}
