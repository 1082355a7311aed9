using System.Security.Claims;
using Hedershus.Core.Identity;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// The actor of the current HTTP request (as authenticated by a backoffice policy), or the system outside one. A request
/// nobody signed in to is <see cref="Actor.Anonymous"/>, never the system, so a public endpoint that reached a content
/// service by mistake could change nothing.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public Actor Current => accessor.HttpContext switch
    {
        null => Actor.System,
        { User: { Identity.IsAuthenticated: true } user } => FromPrincipal(user),
        _ => Actor.Anonymous,
    };

    public static Actor FromPrincipal(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        user.Identity?.Name ?? "unknown",
        user.FindAll(ClaimTypes.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));
}
