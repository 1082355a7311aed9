using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Hedershus.Core.Seminars;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Api.Public.Seminars;

/// <summary>
/// Limits registrations per client and minute (<c>Seminars:RateLimitPerMinute</c>, 0 = off). A client is told apart by
/// a keyed hash of its address with a key that lives only in this process's memory: the address itself is never kept,
/// and the hash means nothing after a restart.
/// </summary>
public sealed class SeminarRateLimit : IEndpointFilter, IDisposable
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly PartitionedRateLimiter<HttpContext>? _limiter;

    public SeminarRateLimit(IOptions<SeminarOptions> options)
    {
        var perMinute = options.Value.RateLimitPerMinute;
        if (perMinute > 0)
        {
            _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        }
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await TryAcquireAsync(context.HttpContext)
            ? await next(context)
            : TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many registrations from this client; try again in a minute.");

    /// <summary>Takes one registration from the client's allowance this minute; false when it is used up.</summary>
    public async ValueTask<bool> TryAcquireAsync(HttpContext context)
    {
        if (_limiter is null)
        {
            return true;
        }

        using var lease = await _limiter.AcquireAsync(context, cancellationToken: context.RequestAborted);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();

    private string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.GetAddressBytes() ?? [];
        return Convert.ToBase64String(HMACSHA256.HashData(_key, address), 0, 16);
    }
}
