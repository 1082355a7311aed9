using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Hedershus.Core.Identity;
using Hedershus.Web.Backoffice.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Sign-in, two-factor and password-reset posts per client and minute (<c>Backoffice:SignInPermitsPerMinute</c>),
/// with ASP.NET Core's rate limiter. A client is told apart by a keyed hash of its address, so the limiter never holds
/// an address itself, and nothing about it is logged.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "backoffice-sign-in";

    // A new key at every start: the partition names mean nothing outside this process.
    private static readonly byte[] PartitionKey = RandomNumberGenerator.GetBytes(32);

    public static void Configure(RateLimiterOptions options)
    {
        options.AddPolicy(Policy, http =>
        {
            var permits = http.RequestServices.GetRequiredService<IOptions<BackofficeOptions>>().Value.SignInPermitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(ClientPartition(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.OnRejected = (context, cancellationToken) =>
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = "60";
            response.ContentType = "text/plain; charset=utf-8";
            return new ValueTask(response.WriteAsync(AccountTexts.For(context.HttpContext.Request).TooManyAttempts, cancellationToken));
        };
    }

    private static string ClientPartition(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexString(HMACSHA256.HashData(PartitionKey, Encoding.UTF8.GetBytes(address)), 0, 16);
    }
}
