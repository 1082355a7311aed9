using System.Security.Claims;
using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// Testing environment only: <c>POST /testing/sign-in {email, roles}</c> creates (or reuses) a backoffice user in those
/// groups and issues the backoffice cookie, so tests of a section need not walk the sign-in pages first.
/// </summary>
public static class TestingSignInEndpoint
{
    public const string Path = "/testing/sign-in";

    public static void MapTestingSignIn(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, SignInAsync).ExcludeFromDescription();

    private static async Task<Ok<TestingSignInAnswer>> SignInAsync(
        TestingSignInRequest request, HttpContext http, UserManager<HedershusUser> users, SignInManager<HedershusUser> signIn)
    {
        var user = await users.FindByEmailAsync(request.Email);
        if (user is null)
        {
            user = new HedershusUser { UserName = request.Email, Email = request.Email, EmailConfirmed = true };
            Check(await users.CreateAsync(user));
        }

        var missingRoles = request.Roles.Except(await users.GetRolesAsync(user)).ToArray();
        if (missingRoles.Length > 0)
        {
            Check(await users.AddToRolesAsync(user, missingRoles));
        }

        // Identity's own principal (with the security stamp the cookie is checked against), without the set-up steps
        // a real sign-in would ask for first: tests of a section start signed in and ready.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var step in identity.FindAll(BackofficeClaimTypes.PendingStep).ToList())
        {
            identity.RemoveClaim(step);
        }

        await http.SignInAsync(BackofficeAuthentication.CookieScheme, principal);
        return TypedResults.Ok(new TestingSignInAnswer(user.Id));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

public sealed record TestingSignInRequest(string Email, string[] Roles);

public sealed record TestingSignInAnswer(string UserId);
