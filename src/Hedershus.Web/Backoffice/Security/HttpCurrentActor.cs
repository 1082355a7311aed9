using System.Security.Claims;
using Hedershus.Core.Identity;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>The actor of the current HTTP request (as authenticated by a backoffice policy), or the system outside one.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Actor Current => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? FromPrincipal(user) : Actor.System;

    public static Actor FromPrincipal(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name ?? "unknown",
        user.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));
}
