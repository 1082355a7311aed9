using System.Security.Claims;
using System.Text.Encodings.Web;
using Hedershus.Core.Identity;
using Hedershus.Web.Api.Management;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Automation signs in with the configured management <c>Api-Key</c> and acts as an administrator. Challenges and
/// refusals answer ProblemDetails, never a redirect, because only API clients send the header.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ManagementApiOptions> management) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string AutomationName = "automation (Api-Key)";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.HeaderName, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!ApiKeys.Matches(presented.ToString(), management.Value.ApiKey))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Api-Key does not match."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, AutomationName), new Claim(ClaimTypes.Role, BackofficeRoles.Administrators)],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        BackofficeProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not signed in.",
            $"Send the management API key in the '{ApiKeys.HeaderName}' header, or sign in to the backoffice.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        BackofficeProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed.",
            "Your user group may not do this.");
}
